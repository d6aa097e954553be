/**
 * Built-in templates: archdoc's own skeletons (SPEC §1–2), written here rather than copied from the kit.
 * `architecture` is the default; `requirements` and `security` cover steps 1 and 3 of the chain.
 */

export const BUILTIN_TEMPLATES: Record<string, string> = {
  architecture: `# Architecture Design

## 1. System Context (C4 Level 1)

\`\`\`mermaid
C4Context
    title System Context
    ...
\`\`\`

## 2. Container Architecture (C4 Level 2)

\`\`\`mermaid
C4Container
    title Container Diagram
    ...
\`\`\`

### Technology Stack
- **Frontend**: [Framework, State Management]
- **Backend**: [Language, Framework]
- **Database**: [Primary, Cache, Search]
- **Infra**: [Cloud Provider, Orchestration]

## 3. Data Model

\`\`\`mermaid
erDiagram
    ...
\`\`\`

## 4. API Design Strategy
- **Style**: [REST/GraphQL/gRPC]
- **Auth**: [OAuth2/OIDC/JWT]

### Key Endpoints
- \`[Method] [Path]\` - [Description]

## 5. Cross-Cutting Concerns
- **Observability**: [Logging, Metrics, Tracing]
- **Error Handling**: [Standardized responses]
- **Caching**: [Strategy]
- **Resilience**: [Circuit Breakers, Retries]
`,
  requirements: `# Requirements Specification

## 1. Overview
- **Product**: [Product name and one-line purpose]
- **Stakeholders**: [Who uses and who owns it]

## 2. Functional Requirements
...

## 3. Non-Functional Requirements
- **Performance**: [Latency and throughput targets]
- **Availability**: [Uptime target]
- **Security**: [Authentication, data protection]
- **Scalability**: [Expected growth]

## 4. Constraints and Assumptions
...
`,
  security: `# Security & Compliance Strategy

## 1. Threat Model
...

## 2. Authentication and Authorization
- **Authentication**: [Mechanism]
- **Authorization**: [Model, e.g. RBAC]

## 3. Data Protection
- **Encryption at Rest**: [Approach]
- **Encryption in Transit**: [Approach]
- **Secrets Management**: [Tooling]

## 4. Compliance
...
`,
};
