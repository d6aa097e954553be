/** Documents an LLM might answer with: archdoc's own SecureVault example, written for these tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundled example requirements (examples/01_requirements.md). */
export const REQUIREMENTS = readFileSync(fileURLToPath(new URL('../../examples/01_requirements.md', import.meta.url)), 'utf8');

export const GOOD_DOC = `# Architecture Design

## 1. System Context (C4 Level 1)

\`\`\`mermaid
C4Context
    title System Context - SecureVault
    Person(member, "Team member", "Stores and shares encrypted files")
    Person(admin, "Team administrator", "Manages members and quotas")
    System(vault, "SecureVault", "End-to-end encrypted file storage")
    System_Ext(idp, "Identity provider", "OpenID Connect sign-in")
    System_Ext(mail, "Email provider", "Transactional email")
    Rel(member, vault, "Uploads, shares, downloads")
    Rel(admin, vault, "Administers team")
    Rel(vault, idp, "Delegates sign-in")
    Rel(vault, mail, "Sends notifications")
\`\`\`

## 2. Container Architecture (C4 Level 2)

\`\`\`mermaid
C4Container
    title Container Diagram - SecureVault
    Person(member, "Team member")
    Container(spa, "Web app", "React, TypeScript", "Encrypts and decrypts in the browser")
    Container(api, "API", "Go", "Metadata, sharing, audit")
    ContainerDb(db, "Metadata DB", "PostgreSQL", "Users, files, shares, audit log")
    ContainerDb(blobs, "Blob store", "Amazon S3", "Encrypted file chunks")
    Rel(member, spa, "Uses", "HTTPS")
    Rel(spa, api, "Calls", "HTTPS/JSON")
    Rel(spa, blobs, "Uploads via pre-signed URLs", "HTTPS")
    Rel(api, db, "Reads and writes", "SQL")
\`\`\`

### Technology Stack
- **Frontend**: React with TypeScript, TanStack Query, Web Crypto API
- **Backend**: Go 1.22 with chi, OpenTelemetry SDK
- **Database**: PostgreSQL 16 (metadata), Amazon S3 (encrypted blobs), Redis (sessions, rate limits)
- **Infra**: AWS, EKS (Kubernetes), Terraform

## 3. Data Model

\`\`\`mermaid
erDiagram
    TEAM ||--o{ MEMBER : has
    MEMBER ||--o{ FILE : owns
    FILE ||--o{ FILE_VERSION : keeps
    FILE ||--o{ SHARE_LINK : exposes
    MEMBER ||--o{ AUDIT_EVENT : causes
    MEMBER {
        uuid id
        string role
        bytes wrapped_private_key
    }
    FILE {
        uuid id
        bytes encrypted_name
        bigint size
    }
\`\`\`

## 4. API Design Strategy
- **Style**: REST with JSON, versioned under /v1
- **Auth**: OAuth2 / OpenID Connect with short-lived access tokens

### Key Endpoints
- \`POST /v1/files/upload-url\` - Issue pre-signed URLs for an encrypted upload
- \`POST /v1/files/{id}/finalize\` - Register an uploaded file after checking size and checksum
- \`POST /v1/share-links\` - Create an expiring share link
- \`GET /v1/audit-events\` - List audit events for administrators

## 5. Cross-Cutting Concerns
- **Observability**: OpenTelemetry traces, Prometheus metrics, structured logs without file names or keys
- **Error Handling**: RFC 9457 problem details with a trace identifier
- **Caching**: Redis for sessions; folder listings cached per user for 30 s
- **Resilience**: Retries with exponential backoff on S3, circuit breaker for the email provider
`;

/** The same document with a C4 element whose parenthesis is never closed and a broken ER line. */
export const BROKEN_DIAGRAM_DOC = GOOD_DOC.replace('    FILE ||--o{ FILE_VERSION : keeps\n', '    FILE ||--o{ FILE_VERSION keeps\n');

/** The kind of reply chat models give: a preamble, a ```markdown wrapper and a closing remark. */
export function chatWrapped(doc: string): string {
  return `Sure! Here is the updated architecture document based on your requirements:\n\n\`\`\`markdown\n${doc}\`\`\`\n\n✅ **Architecture Document complete!**\n\nLet me know if you'd like any changes.\n`;
}
