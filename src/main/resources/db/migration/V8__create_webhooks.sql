-- Webhook subscriptions. Each keeps its own cursor into change_event, so deliveries resume where
-- they stopped after a crash or restart; attempts and next_attempt_at drive the retry backoff.
create table webhook (
    id              uuid primary key,
    url             text not null,
    events          text not null,
    secret          text not null,
    cursor          bigint not null,
    attempts        integer not null default 0,
    next_attempt_at timestamptz,
    created_at      timestamptz not null default now()
);

create table webhook_delivery (
    id          bigint generated always as identity primary key,
    webhook_id  uuid not null references webhook (id) on delete cascade,
    delivery_id uuid not null,
    change_seq  bigint not null,
    event       text not null,
    attempt     integer not null,
    status_code integer,
    error       text,
    delivered   boolean not null,
    at          timestamptz not null default now()
);
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, id desc);
