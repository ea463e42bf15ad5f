#!/bin/sh
# Run once by the official image when it makes the primary's cluster: let the replica stream
# from it with the portal's database user and password.
set -eu
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
