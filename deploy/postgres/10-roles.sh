#!/bin/sh
# First start of the PostgreSQL container only (docker-entrypoint-initdb.d): two roles, neither a superuser.
#   par      owns the database and its tables; the API runs its migrations as par (DATABASE_MIGRATION_URL)
#   par_app  what the API connects as (DATABASE_URL): SELECT/INSERT/UPDATE/DELETE, granted after each
#            migration run; it cannot ALTER or DROP anything, nor UPDATE/DELETE the audit log.
set -eu
: "${PAR_DB_OWNER_PASSWORD:?set PAR_DB_OWNER_PASSWORD}"
: "${PAR_DB_APP_PASSWORD:?set PAR_DB_APP_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$PAR_DB_OWNER_PASSWORD" -v app_password="$PAR_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE par LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'owner_password';
CREATE ROLE par_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'app_password';
CREATE DATABASE par OWNER par;
\connect par
CREATE EXTENSION IF NOT EXISTS pgcrypto;
ALTER SCHEMA public OWNER TO par;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE par FROM PUBLIC;
GRANT CONNECT ON DATABASE par TO par_app;
SQL
