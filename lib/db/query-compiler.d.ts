// Prisma's query compilers ship without type declarations; the app only wraps their compile method.
declare module "@prisma/client/runtime/query_compiler_bg.sqlite.mjs" {
  export class QueryCompiler {
    compile(request: string): unknown;
    compileBatch(request: string): unknown;
  }
}
declare module "@prisma/client/runtime/query_compiler_bg.postgresql.mjs" {
  export class QueryCompiler {
    compile(request: string): unknown;
    compileBatch(request: string): unknown;
  }
}
