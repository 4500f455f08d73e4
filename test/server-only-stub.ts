// Tests run the data layer directly in Node; "server-only" would refuse to load outside React Server Components.
export {};
