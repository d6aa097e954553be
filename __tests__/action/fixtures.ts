/** Fixture documents of these tests (written for them; not the examples, which may change for other reasons). */

/** An architecture document that follows the built-in template: no findings. */
export const VALID_DOC = `# Architecture Design

## 1. System Context (C4 Level 1)

\`\`\`mermaid
C4Context
    title System Context - QuoteDesk
    Person(agent, "Sales agent", "Prepares quotes for customers")
    System(quotes, "QuoteDesk", "Builds, prices and sends quotes")
    System_Ext(crm, "CRM", "Holds customers and deals")
    System_Ext(mail, "Mail service", "Delivers quote emails")
    Rel(agent, quotes, "Builds quotes in")
    Rel(quotes, crm, "Reads customers from")
    Rel(quotes, mail, "Sends quotes through")
\`\`\`

## 2. Container Architecture (C4 Level 2)

\`\`\`mermaid
C4Container
    title Containers - QuoteDesk
    Container(web, "Web app", "TypeScript, Vue", "Quote editor in the browser")
    Container(api, "Quote API", "Kotlin, Ktor", "Pricing rules and quote lifecycle")
    ContainerDb(db, "Quote store", "PostgreSQL", "Quotes, line items, price lists")
    Rel(web, api, "Calls", "HTTPS/JSON")
    Rel(api, db, "Reads and writes", "JDBC")
\`\`\`

### Technology Stack
- **Frontend**: Vue 3 with Vite
- **Backend**: Kotlin on Ktor, Exposed for SQL
- **Database**: PostgreSQL 16
- **Infra**: Google Cloud Run behind a load balancer

## 3. Data Model

\`\`\`mermaid
erDiagram
    CUSTOMER ||--o{ QUOTE : requests
    QUOTE ||--|{ LINE_ITEM : contains
    QUOTE {
        uuid id
        string status
        date valid_until
    }
    LINE_ITEM {
        uuid id
        int quantity
        decimal unit_price
    }
\`\`\`

## 4. API Design Strategy
- **Style**: REST with JSON bodies, versioned in the path
- **Auth**: OIDC access tokens from the company identity provider

### Key Endpoints
- \`GET /v1/quotes\` - List the agent's quotes
- \`POST /v1/quotes\` - Create a draft quote
- \`POST /v1/quotes/{id}/send\` - Send a quote to the customer

## 5. Cross-Cutting Concerns
- **Observability**: OpenTelemetry traces and metrics to Grafana Cloud.
- **Error Handling**: RFC 9457 problem details on every error response.
- **Caching**: Price lists cached in memory for five minutes.
- **Resilience**: Outbox table for quote emails, retried with backoff.
`;

export const REQUIREMENTS = '# Requirements Specification\n\n## 1. Overview\n- **Product**: QuoteDesk, quotes for sales agents.\n';

/** The Auth field of VALID_DOC: removing it leaves one field-missing error. */
export const AUTH_FIELD = '- **Auth**: OIDC access tokens from the company identity provider\n';
