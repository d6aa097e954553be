/** Small diagrams written for these tests (the shared corpus is measurement data, not fixtures). */

export const lines = (...l: string[]): string => l.join('\n');

export const c4Context = lines(
  'C4Context',
  '  title Online shop - system context',
  '  Person(customer, "Customer", "Buys things")',
  '  System(shop, "Shop", "Sells things")',
  '  System_Ext(pay, "Payments", "Takes money")',
  '  Rel(customer, shop, "Orders from")',
  '  Rel(shop, pay, "Charges cards", "HTTPS")',
);

export const c4Container = lines(
  'C4Container',
  '  title Shop - containers',
  '  Person(customer, Customer, "Buys things")',
  '  System_Boundary(shop, "Shop") {',
  '    Container(web, "Web app", "React", "UI", $tags="frontend")',
  '    ContainerDb(db, "Database", "PostgreSQL", "Orders")',
  '  }',
  '  Rel(customer, web, "Uses", "HTTPS")',
  '  Rel(web, db, "Reads/writes", "SQL")',
  '  UpdateLayoutConfig($c4ShapeInRow="3", $c4BoundaryInRow="1")',
);

export const c4Component = lines(
  'C4Component',
  '  title API - components',
  '  Container_Boundary(api, "API") {',
  '    Component(orders, "Orders controller", "Express", "Takes orders")',
  '    ComponentDb(cache, "Cache", "Redis")',
  '  }',
  '  Rel_Back(cache, orders, "Caches for")',
  '  BiRel(orders, cache, "Syncs")',
);

export const c4Deployment = lines(
  'C4Deployment',
  '  title Shop - deployment',
  '  Deployment_Node(cloud, "Cloud", "AWS") {',
  '    Node(k8s, "Cluster", "EKS") {',
  '      Container(api, "API", "Node.js")',
  '    }',
  '    Node_R(rds, "RDS", "PostgreSQL") {',
  '      ContainerDb(db, "Database", "PostgreSQL")',
  '    }',
  '  }',
  '  Rel_R(api, db, "SQL")',
);

export const c4Dynamic = lines(
  'C4Dynamic',
  '  title Checkout',
  '  Person(customer, "Customer")',
  '  Container(web, "Web app")',
  '  ContainerDb(db, "Database")',
  '  RelIndex(1, customer, web, "Submits order")',
  '  Rel(web, db, "Stores order")',
);

export const erWithKeys = lines(
  'erDiagram',
  '  CUSTOMER ||--o{ ORDER : places',
  '  ORDER ||--|{ LINE_ITEM : "contains"',
  '  CUSTOMER {',
  '    int id PK',
  '    string email UK "login"',
  '  }',
  '  ORDER {',
  '    int id PK',
  '    int customer_id FK',
  '  }',
  '  LINE_ITEM {',
  '    int order_id PK, FK',
  '    int product_id PK, FK',
  '  }',
);

export const flowchart = lines('flowchart TD', '  A[Start] --> B{Ok?}', '  B -->|yes| C[Done]');
