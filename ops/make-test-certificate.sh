#!/usr/bin/env bash
# A self-signed certificate for trying the two-node Compose profile (docker compose --profile two-nodes
# up): ops/certs/plantracker.pem, certificate and key in one file as HAProxy wants them. Browsers will
# warn; in production use a certificate from your CA in the same form.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p certs
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
	-addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout certs/key.pem -out certs/cert.pem 2> /dev/null
cat certs/cert.pem certs/key.pem > certs/plantracker.pem
rm certs/key.pem
chmod 600 certs/plantracker.pem
echo "Wrote ops/certs/plantracker.pem (self-signed, 30 days)"
