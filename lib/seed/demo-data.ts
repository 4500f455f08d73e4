/**
 * The demonstration data set: the Balkan and Black Sea ICT Network coordinated by Cluj IT Cluster, the
 * DANUBE ICT project of the Danube Region Strategy's START programme, and two more projects so that lists
 * and timelines are not trivial. Every organisation except Cluj IT Cluster is invented and marked as demo.
 *
 * The seed is idempotent: every row has a fixed id and is upserted, so running it again restores the
 * same data set without duplicating anything.
 */
import type {
  CostCategory,
  DeliverableStatus,
  DeliverableType,
  OrganisationType,
  PartnerReportStatus,
  PartnerRole,
  PaymentKind,
  ProjectMemberRole,
  ProjectStatus,
  StaffSizeBand,
  UserRole,
} from "@/generated/prisma/enums";

export const DEMO_PASSWORD = "demo-password";

const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export type DemoOrganisation = {
  id: string;
  name: string;
  shortName: string;
  country: string;
  city: string;
  type: OrganisationType;
  isDemo: boolean;
  networkMember: boolean;
};

const org = (
  id: string,
  name: string,
  shortName: string,
  country: string,
  city: string,
  type: OrganisationType,
  networkMember = true,
): DemoOrganisation => ({
  id: `demo-org-${id}`,
  name,
  shortName,
  country,
  city,
  type,
  isDemo: id !== "cluj",
  networkMember,
});

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  org("cluj", "Cluj IT Cluster", "Cluj IT", "RO", "Cluj-Napoca", "BUSINESS_SUPPORT_ORGANISATION"),
  org("iasi", "Iasi Software Association", "ISA", "RO", "Iasi", "BUSINESS_SUPPORT_ORGANISATION"),
  org("timis", "Timis Digital Cluster", "TDC", "RO", "Timisoara", "BUSINESS_SUPPORT_ORGANISATION"),
  org("tirana", "Adriatic Software Guild", "ASG", "AL", "Tirana", "BUSINESS_SUPPORT_ORGANISATION"),
  org("sofia", "Sofia Digital Cluster", "SDC", "BG", "Sofia", "BUSINESS_SUPPORT_ORGANISATION"),
  org("varna", "Varna Tech Alliance", "VTA", "BG", "Varna", "SME"),
  org("sarajevo", "Sarajevo ICT Forum", "SIF", "BA", "Sarajevo", "INTEREST_GROUP"),
  org("thessaloniki", "Thessaloniki Innovation Hub", "TIH", "GR", "Thessaloniki", "BUSINESS_SUPPORT_ORGANISATION"),
  org("athens", "Attica Software Network", "ASN", "GR", "Athens", "SME"),
  org("prishtina", "Prishtina Code Collective", "PCC", "XK", "Prishtina", "SME"),
  org("skopje", "Skopje Tech Hub", "STH", "MK", "Skopje", "BUSINESS_SUPPORT_ORGANISATION"),
  org("ohrid", "Ohrid Digital Association", "ODA", "MK", "Ohrid", "INTEREST_GROUP"),
  org("podgorica", "Podgorica IT Alliance", "PIA", "ME", "Podgorica", "BUSINESS_SUPPORT_ORGANISATION"),
  org("novisad", "Novi Sad Software Circle", "NSSC", "RS", "Novi Sad", "BUSINESS_SUPPORT_ORGANISATION"),
  org("belgrade", "Belgrade Digital Makers", "BDM", "RS", "Belgrade", "SME"),
  org("istanbul", "Istanbul Tech Bridge", "ITB", "TR", "Istanbul", "BUSINESS_SUPPORT_ORGANISATION"),
  org("izmir", "Izmir Software Guild", "ISG", "TR", "Izmir", "HIGHER_EDUCATION_ORGANISATION"),
  // Partners from outside the network, in the other two projects.
  org("vienna", "Vienna Applied Research Institute", "VARI", "AT", "Vienna", "RESEARCH_ORGANISATION", false),
  org("munich", "Bavarian Mobility Lab", "BML", "DE", "Munich", "SME", false),
];

export const DEMO_NETWORK = {
  id: "demo-network-bbs-ict",
  name: "Balkan and Black Sea ICT Network",
  description:
    "17 IT clusters and companies from 10 countries of the Balkans and the Black Sea region, coordinated by Cluj IT Cluster.",
  coordinatorOrganisationId: "demo-org-cluj",
};

/** The shared competence vocabulary, in English and Romanian. */
export const DEMO_COMPETENCES = [
  { id: "demo-comp-cloud", nameEn: "Cloud computing", nameRo: "Cloud computing" },
  { id: "demo-comp-security", nameEn: "Cybersecurity", nameRo: "Securitate cibernetică" },
  { id: "demo-comp-ai", nameEn: "Artificial intelligence", nameRo: "Inteligență artificială" },
  { id: "demo-comp-embedded", nameEn: "Embedded systems", nameRo: "Sisteme încorporate" },
  { id: "demo-comp-ehealth", nameEn: "E-health", nameRo: "E-sănătate" },
  { id: "demo-comp-fintech", nameEn: "Fintech", nameRo: "Tehnologie financiară" },
  { id: "demo-comp-training", nameEn: "Training and skills", nameRo: "Formare și competențe" },
  { id: "demo-comp-iot", nameEn: "Internet of things", nameRo: "Internetul lucrurilor" },
  { id: "demo-comp-data", nameEn: "Data analytics", nameRo: "Analiza datelor" },
  { id: "demo-comp-egov", nameEn: "E-government", nameRo: "E-guvernare" },
  { id: "demo-comp-mobility", nameEn: "Smart mobility", nameRo: "Mobilitate inteligentă" },
  { id: "demo-comp-agri", nameEn: "Agritech", nameRo: "Tehnologie agricolă" },
] as const;

type DemoCompetenceId = (typeof DEMO_COMPETENCES)[number]["id"] extends `demo-comp-${infer Key}` ? Key : never;

/** A network member's competence profile: what it brings to a consortium. */
export type DemoProfile = {
  competences: DemoCompetenceId[];
  staffSize: StaffSizeBand;
  sectors: string;
  markets: string;
  offer: string;
  /** When it joined the network. */
  joinedOn: Date;
};

const FOUNDED = utc("2014-11-20");

/** Profiles of the network's members, by organisation id. */
export const DEMO_PROFILES: Record<string, DemoProfile> = {
  "demo-org-cluj": {
    competences: ["cloud", "ai", "training", "data"],
    staffSize: "SMALL",
    sectors: "Software, IT services, public sector",
    markets: "Romania, Danube region, EU",
    offer: "Coordination of multi-country ICT projects, a network of 80 member companies, competence mapping.",
    joinedOn: FOUNDED,
  },
  "demo-org-iasi": {
    competences: ["ehealth", "ai", "data"],
    staffSize: "MICRO",
    sectors: "Health, software",
    markets: "Romania, Moldova",
    offer: "Links with the medical university and e-health start-ups of north-east Romania.",
    joinedOn: FOUNDED,
  },
  "demo-org-timis": {
    competences: ["embedded", "iot", "mobility"],
    staffSize: "SMALL",
    sectors: "Automotive, manufacturing",
    markets: "Romania, Serbia, Hungary",
    offer: "Automotive software suppliers and test benches for embedded and connected-vehicle pilots.",
    joinedOn: FOUNDED,
  },
  "demo-org-tirana": {
    competences: ["egov", "training", "cloud"],
    staffSize: "MICRO",
    sectors: "Public administration, education",
    markets: "Albania, Western Balkans",
    offer: "Digital public services know-how and a training network for young developers.",
    joinedOn: utc("2015-03-10"),
  },
  "demo-org-sofia": {
    competences: ["fintech", "security", "cloud"],
    staffSize: "SMALL",
    sectors: "Banking, insurance, software",
    markets: "Bulgaria, EU",
    offer: "Fintech and cybersecurity companies ready to pilot secure payment and identity solutions.",
    joinedOn: FOUNDED,
  },
  "demo-org-varna": {
    competences: ["iot", "data", "agri"],
    staffSize: "MEDIUM",
    sectors: "Maritime, logistics, agriculture",
    markets: "Bulgaria, Black Sea region",
    offer: "Sensor networks and data platforms for ports, logistics and farms along the Black Sea coast.",
    joinedOn: FOUNDED,
  },
  "demo-org-sarajevo": {
    competences: ["training", "egov"],
    staffSize: "MICRO",
    sectors: "Education, public administration",
    markets: "Bosnia and Herzegovina",
    offer: "Dialogue with public authorities and skills programmes for the local ICT community.",
    joinedOn: utc("2015-06-01"),
  },
  "demo-org-thessaloniki": {
    competences: ["ai", "ehealth", "data"],
    staffSize: "SMALL",
    sectors: "Research, health, software",
    markets: "Greece, South-East Europe",
    offer: "Research-to-market support and access to university AI and health informatics labs.",
    joinedOn: FOUNDED,
  },
  "demo-org-athens": {
    competences: ["cloud", "security", "fintech"],
    staffSize: "MEDIUM",
    sectors: "Software, finance",
    markets: "Greece, Cyprus, EU",
    offer: "Cloud platforms and secure software development for financial services.",
    joinedOn: FOUNDED,
  },
  "demo-org-prishtina": {
    competences: ["cloud", "training"],
    staffSize: "SMALL",
    sectors: "Software outsourcing",
    markets: "Kosovo, Western Balkans, Germany",
    offer: "A young developer community and nearshore software teams.",
    joinedOn: utc("2016-02-15"),
  },
  "demo-org-skopje": {
    competences: ["ai", "data", "training"],
    staffSize: "SMALL",
    sectors: "Software, education",
    markets: "North Macedonia, Western Balkans",
    offer: "Data science training and a start-up hub with mentors from the ICT industry.",
    joinedOn: FOUNDED,
  },
  "demo-org-ohrid": {
    competences: ["egov", "mobility"],
    staffSize: "MICRO",
    sectors: "Tourism, local government",
    markets: "North Macedonia",
    offer: "Pilots of smart tourism and mobility services with local authorities.",
    joinedOn: utc("2017-05-20"),
  },
  "demo-org-podgorica": {
    competences: ["egov", "security"],
    staffSize: "MICRO",
    sectors: "Public administration, telecoms",
    markets: "Montenegro, Western Balkans",
    offer: "Cybersecurity awareness and e-government projects with national institutions.",
    joinedOn: FOUNDED,
  },
  "demo-org-novisad": {
    competences: ["embedded", "agri", "iot"],
    staffSize: "SMALL",
    sectors: "Agriculture, electronics",
    markets: "Serbia, Danube region",
    offer: "Precision-agriculture electronics and embedded software for the Pannonian plain.",
    joinedOn: FOUNDED,
  },
  "demo-org-belgrade": {
    competences: ["ai", "cloud", "fintech"],
    staffSize: "MEDIUM",
    sectors: "Software, gaming, finance",
    markets: "Serbia, EU, United States",
    offer: "Product teams for AI and cloud software, with experience in EU-funded pilots.",
    joinedOn: utc("2015-09-01"),
  },
  "demo-org-istanbul": {
    competences: ["mobility", "iot", "data"],
    staffSize: "LARGE",
    sectors: "Transport, telecoms, manufacturing",
    markets: "Turkey, Black Sea region, Middle East",
    offer: "Large-city testbeds for mobility and telecom services, and corporate partners.",
    joinedOn: FOUNDED,
  },
  "demo-org-izmir": {
    competences: ["embedded", "training", "ai"],
    staffSize: "LARGE",
    sectors: "Higher education, research",
    markets: "Turkey, EU",
    offer: "University engineering labs, student projects and joint research proposals.",
    joinedOn: utc("2016-10-03"),
  },
};

export const DEMO_PROGRAMMES = [
  {
    id: "demo-prog-start",
    code: "DRS-START",
    name: "Danube Region Strategy START",
    description: "Small grants to start cooperation projects that implement the EU Strategy for the Danube Region.",
    managedBy: "City of Vienna and EuroVienna",
    calls: [
      {
        id: "demo-call-start-2",
        identifier: "START-2015-2",
        title: "START second call for proposals",
        opensOn: utc("2015-05-04"),
        closesOn: utc("2015-07-31"),
        budget: "1200000",
      },
    ],
  },
  {
    id: "demo-prog-interreg-danube",
    code: "INTERREG-DANUBE-2021",
    name: "Interreg Danube Region Programme 2021–2027",
    description: "Transnational cooperation across the fourteen countries of the Danube basin.",
    managedBy: "Ministry of Public Works, Development and Administration, Romania",
    calls: [
      {
        id: "demo-call-drp-2",
        identifier: "DRP-C2",
        title: "Second call for proposals",
        opensOn: utc("2023-09-12"),
        closesOn: utc("2024-01-31"),
        budget: "90000000",
      },
    ],
  },
  {
    id: "demo-prog-horizon",
    code: "HORIZON-EUROPE",
    name: "Horizon Europe",
    description: "The EU's framework programme for research and innovation, 2021–2027.",
    managedBy: "European Commission",
    calls: [
      {
        id: "demo-call-cl4-2025",
        identifier: "HORIZON-CL4-2025-DIGITAL-01",
        title: "Digital and emerging technologies for competitiveness",
        opensOn: utc("2025-01-15"),
        closesOn: utc("2025-04-29"),
        budget: "45000000",
      },
    ],
  },
];

type DemoPartner = { organisation: string; role: PartnerRole };
type DemoWorkPackage = { number: number; title: string; lead: string; startMonth: number; endMonth: number };
type DemoDeliverable = [
  number: string,
  title: string,
  responsible: string,
  type: DeliverableType,
  dueMonth: number,
  status: DeliverableStatus,
];
type DemoMilestone = [number: number, title: string, dueMonth: number, verification: string, achieved?: string];
type DemoPayment = { kind: PaymentKind; period?: number; planned: string; share: number; received?: string };
type DemoReport = {
  period: number;
  partner: string;
  status: PartnerReportStatus;
  spentShare: number;
  comment?: string;
};

export type DemoProject = {
  id: string;
  acronym: string;
  title: string;
  summary: string;
  programmeId: string;
  callId: string;
  startDate: Date;
  durationMonths: number;
  status: ProjectStatus;
  cofinancingRate: string;
  grantAgreementNumber: string;
  isDemo: boolean;
  periodMonths: number;
  partners: DemoPartner[];
  workPackages: DemoWorkPackage[];
  deliverables: DemoDeliverable[];
  milestones: DemoMilestone[];
  /** Whole euros per partner and period, by cost category; the lead partner plans a larger share. */
  budgetPerPeriod: Partial<Record<CostCategory, number>>;
  payments: DemoPayment[];
  reports: DemoReport[];
};

export const DEMO_PROJECTS: DemoProject[] = [
  {
    id: "demo-proj-danube-ict",
    acronym: "DANUBE ICT",
    title: "Danube ICT Clusters' Sustainable Cooperation for Smart and Inclusive Growth",
    summary:
      "Maps the ICT competences of the network's clusters and companies and builds a joint strategy that helps SMEs of the Danube region work across borders.",
    programmeId: "demo-prog-start",
    callId: "demo-call-start-2",
    startDate: utc("2015-12-01"),
    durationMonths: 18,
    status: "RUNNING",
    cofinancingRate: "0.9",
    grantAgreementNumber: "START-2015-2-017",
    isDemo: false,
    periodMonths: 6,
    partners: [
      { organisation: "cluj", role: "LEAD_PARTNER" },
      { organisation: "sofia", role: "PARTNER" },
      { organisation: "thessaloniki", role: "PARTNER" },
      { organisation: "novisad", role: "PARTNER" },
      { organisation: "sarajevo", role: "PARTNER" },
      { organisation: "tirana", role: "PARTNER" },
      { organisation: "prishtina", role: "PARTNER" },
      { organisation: "podgorica", role: "PARTNER" },
      { organisation: "istanbul", role: "PARTNER" },
      { organisation: "ohrid", role: "ASSOCIATED" },
    ],
    workPackages: [
      { number: 1, title: "Project management and coordination", lead: "cluj", startMonth: 1, endMonth: 18 },
      { number: 2, title: "Mapping of ICT competences", lead: "sofia", startMonth: 1, endMonth: 8 },
      { number: 3, title: "Joint strategy for SMEs", lead: "thessaloniki", startMonth: 6, endMonth: 16 },
      { number: 4, title: "Communication and dissemination", lead: "novisad", startMonth: 1, endMonth: 18 },
    ],
    deliverables: [
      ["D1.1", "Project management handbook", "cluj", "R", 2, "APPROVED"],
      ["D1.2", "Interim progress report", "cluj", "R", 9, "SUBMITTED"],
      ["D1.3", "Final report", "cluj", "R", 18, "PENDING"],
      ["D2.1", "Methodology for mapping ICT competences", "sofia", "R", 3, "APPROVED"],
      ["D2.2", "Map of ICT competences in the Danube region", "sofia", "DATA", 8, "IN_REVIEW"],
      ["D2.3", "Competence mapping database", "sofia", "OTHER", 8, "DRAFT"],
      ["D2.4", "Country competence profiles", "prishtina", "R", 7, "REJECTED"],
      ["D3.1", "Analysis of SME needs", "thessaloniki", "R", 10, "DRAFT"],
      ["D3.2", "Joint strategy for SME internationalisation", "thessaloniki", "R", 14, "PENDING"],
      ["D3.3", "Action plan for cluster cooperation", "novisad", "R", 16, "PENDING"],
      ["D4.1", "Communication plan", "novisad", "R", 2, "APPROVED"],
      ["D4.2", "Project website", "istanbul", "DEC", 3, "SUBMITTED"],
      ["D4.3", "Final conference proceedings", "sarajevo", "DEC", 18, "PENDING"],
    ],
    milestones: [
      [1, "Kick-off meeting held", 1, "Minutes and list of participants", "2015-12-10"],
      [2, "Competence map published", 8, "Map online on the project website"],
      [3, "Joint strategy adopted by the partners", 14, "Signed adoption by all partners"],
      [4, "Final conference held", 18, "Conference agenda and proceedings"],
    ],
    budgetPerPeriod: {
      STAFF: 2400,
      OFFICE_AND_ADMINISTRATION: 360,
      TRAVEL_AND_ACCOMMODATION: 900,
      EXTERNAL_EXPERTISE: 600,
    },
    payments: [
      { kind: "PRE_FINANCING", planned: "2016-01-15", share: 0.2, received: "2016-01-21" },
      { kind: "INTERIM", period: 1, planned: "2016-09-30", share: 0.3, received: "2016-10-14" },
      { kind: "INTERIM", period: 2, planned: "2017-03-31", share: 0.3 },
      { kind: "FINAL", period: 3, planned: "2017-10-31", share: 0.2 },
    ],
    reports: [
      { period: 1, partner: "cluj", status: "ACCEPTED", spentShare: 0.96 },
      { period: 1, partner: "sofia", status: "ACCEPTED", spentShare: 0.88 },
      { period: 1, partner: "thessaloniki", status: "ACCEPTED", spentShare: 1.04 },
      { period: 2, partner: "cluj", status: "DRAFT", spentShare: 0.7 },
      {
        period: 2,
        partner: "thessaloniki",
        status: "RETURNED",
        spentShare: 1.12,
        comment: "Travel costs exceed the plan: please attach the justification for the Istanbul meeting.",
      },
      { period: 2, partner: "novisad", status: "SUBMITTED", spentShare: 0.91 },
    ],
  },
  {
    id: "demo-proj-smart-bridge",
    acronym: "SMART-BRIDGE",
    title: "Smart Bridges between Digital Innovation Hubs of the Danube Region",
    summary:
      "Builds the capacity of digital innovation hubs and runs cross-border pilot actions with manufacturing SMEs.",
    programmeId: "demo-prog-interreg-danube",
    callId: "demo-call-drp-2",
    startDate: utc("2025-01-01"),
    durationMonths: 30,
    status: "RUNNING",
    cofinancingRate: "0.8",
    grantAgreementNumber: "DRP0200123",
    isDemo: true,
    periodMonths: 6,
    partners: [
      { organisation: "timis", role: "LEAD_PARTNER" },
      { organisation: "skopje", role: "PARTNER" },
      { organisation: "vienna", role: "PARTNER" },
      { organisation: "belgrade", role: "PARTNER" },
      { organisation: "varna", role: "PARTNER" },
    ],
    workPackages: [
      { number: 1, title: "Management", lead: "timis", startMonth: 1, endMonth: 30 },
      { number: 2, title: "Capacity building of innovation hubs", lead: "vienna", startMonth: 3, endMonth: 24 },
      { number: 3, title: "Cross-border pilot actions", lead: "skopje", startMonth: 10, endMonth: 28 },
      { number: 4, title: "Communication and capitalisation", lead: "belgrade", startMonth: 1, endMonth: 30 },
    ],
    deliverables: [
      ["D1.1", "Partnership agreement and management plan", "timis", "R", 3, "APPROVED"],
      ["D2.1", "Training curriculum for hub managers", "vienna", "R", 9, "APPROVED"],
      ["D2.2", "Hub maturity assessment", "vienna", "DATA", 18, "SUBMITTED"],
      ["D2.3", "Peer-learning toolkit", "varna", "OTHER", 24, "DRAFT"],
      ["D3.1", "Pilot action plans", "skopje", "R", 20, "IN_REVIEW"],
      ["D3.2", "Pilot evaluation report", "skopje", "R", 25, "PENDING"],
      ["D3.3", "Transnational pilot results", "belgrade", "R", 28, "PENDING"],
      ["D4.1", "Communication strategy", "belgrade", "R", 4, "APPROVED"],
      ["D4.2", "Project videos", "belgrade", "DEC", 24, "PENDING"],
    ],
    milestones: [
      [1, "Hub managers trained", 12, "Training attendance records", "2025-12-12"],
      [2, "Pilot actions launched", 22, "Signed pilot agreements"],
      [3, "Capitalisation event held", 29, "Event report"],
    ],
    budgetPerPeriod: {
      STAFF: 18000,
      OFFICE_AND_ADMINISTRATION: 2700,
      TRAVEL_AND_ACCOMMODATION: 3000,
      EXTERNAL_EXPERTISE: 6000,
      EQUIPMENT: 1500,
    },
    payments: [
      { kind: "PRE_FINANCING", planned: "2025-03-01", share: 0.1, received: "2025-03-18" },
      { kind: "INTERIM", period: 1, planned: "2025-12-15", share: 0.2, received: "2026-01-09" },
      { kind: "INTERIM", period: 2, planned: "2026-06-15", share: 0.2, received: "2026-07-02" },
      { kind: "INTERIM", period: 3, planned: "2026-12-15", share: 0.2 },
      { kind: "INTERIM", period: 4, planned: "2027-06-15", share: 0.15 },
      { kind: "FINAL", period: 5, planned: "2028-01-31", share: 0.15 },
    ],
    reports: [
      { period: 1, partner: "timis", status: "ACCEPTED", spentShare: 0.92 },
      { period: 1, partner: "skopje", status: "ACCEPTED", spentShare: 0.81 },
      { period: 2, partner: "timis", status: "ACCEPTED", spentShare: 1.01 },
      { period: 2, partner: "skopje", status: "SUBMITTED", spentShare: 0.77 },
      { period: 3, partner: "skopje", status: "DRAFT", spentShare: 0.4 },
    ],
  },
  {
    id: "demo-proj-greenedge",
    acronym: "GREENEDGE",
    title: "Green Edge Computing for Manufacturing SMEs",
    summary: "Researches energy-aware edge computing and demonstrates it in three manufacturing SMEs.",
    programmeId: "demo-prog-horizon",
    callId: "demo-call-cl4-2025",
    startDate: utc("2026-01-01"),
    durationMonths: 36,
    status: "RUNNING",
    cofinancingRate: "1",
    grantAgreementNumber: "101234567",
    isDemo: true,
    periodMonths: 18,
    partners: [
      { organisation: "vienna", role: "LEAD_PARTNER" },
      { organisation: "munich", role: "PARTNER" },
      { organisation: "iasi", role: "PARTNER" },
      { organisation: "izmir", role: "PARTNER" },
      { organisation: "athens", role: "ASSOCIATED" },
    ],
    workPackages: [
      { number: 1, title: "Coordination and management", lead: "vienna", startMonth: 1, endMonth: 36 },
      { number: 2, title: "Energy-aware edge architecture", lead: "iasi", startMonth: 1, endMonth: 20 },
      { number: 3, title: "Demonstration in manufacturing SMEs", lead: "munich", startMonth: 12, endMonth: 34 },
      { number: 4, title: "Dissemination and exploitation", lead: "izmir", startMonth: 1, endMonth: 36 },
    ],
    deliverables: [
      ["D1.1", "Data management plan", "vienna", "DMP", 6, "SUBMITTED"],
      ["D1.2", "Ethics requirements", "vienna", "ETHICS", 6, "APPROVED"],
      ["D2.1", "Reference architecture, first version", "iasi", "R", 10, "IN_REVIEW"],
      ["D2.2", "Edge orchestration prototype", "iasi", "DEM", 12, "DRAFT"],
      ["D2.3", "Reference architecture, final version", "iasi", "R", 20, "PENDING"],
      ["D3.1", "Demonstration plan", "munich", "R", 14, "PENDING"],
      ["D3.2", "Demonstration results", "munich", "DEM", 34, "PENDING"],
      ["D4.1", "Project website and visual identity", "izmir", "DEC", 3, "APPROVED"],
      ["D4.2", "Exploitation plan", "izmir", "R", 18, "PENDING"],
    ],
    milestones: [
      [1, "Architecture baseline agreed", 10, "Approved D2.1"],
      [2, "Prototype running at the first SME", 16, "Demonstration video and test log"],
      [3, "All demonstrations completed", 34, "Approved D3.2"],
    ],
    budgetPerPeriod: {
      STAFF: 60000,
      TRAVEL_AND_ACCOMMODATION: 4000,
      EQUIPMENT: 8000,
      EXTERNAL_EXPERTISE: 5000,
      INFRASTRUCTURE: 3000,
    },
    payments: [
      { kind: "PRE_FINANCING", planned: "2026-02-15", share: 0.6, received: "2026-02-27" },
      { kind: "INTERIM", period: 1, planned: "2027-10-31", share: 0.3 },
      { kind: "FINAL", period: 2, planned: "2029-04-30", share: 0.1 },
    ],
    reports: [],
  },
];

export type DemoUser = {
  email: string;
  name: string;
  role: UserRole;
  organisation?: string;
  memberships: { project: string; role: ProjectMemberRole }[];
};

export const DEMO_USERS: DemoUser[] = [
  { email: "admin@demo.test", name: "Ana Admin", role: "ADMIN", memberships: [] },
  {
    email: "coordinator@demo.test",
    name: "Corina Coordinator",
    role: "COORDINATOR",
    organisation: "cluj",
    memberships: [],
  },
  {
    email: "lead@demo.test",
    name: "Luca Lead",
    role: "PROJECT_LEAD",
    organisation: "cluj",
    memberships: [{ project: "demo-proj-danube-ict", role: "LEAD" }],
  },
  {
    email: "lead2@demo.test",
    name: "Stefan Lead",
    role: "PROJECT_LEAD",
    organisation: "timis",
    memberships: [
      { project: "demo-proj-smart-bridge", role: "LEAD" },
      { project: "demo-proj-greenedge", role: "LEAD" },
    ],
  },
  { email: "partner@demo.test", name: "Petya Partner", role: "PARTNER", organisation: "sofia", memberships: [] },
  { email: "partner2@demo.test", name: "Marko Partner", role: "PARTNER", organisation: "skopje", memberships: [] },
  {
    email: "viewer@demo.test",
    name: "Vera Viewer",
    role: "VIEWER",
    memberships: [{ project: "demo-proj-danube-ict", role: "VIEWER" }],
  },
];
