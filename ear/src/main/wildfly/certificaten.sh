#!/usr/bin/env bash
# Test certificates for mutual TLS with the iWlz chain partners (issue 4), made with the JDK's keytool by every
# build that has none yet; never committed. A real environment brings its own stores (README "Ketenpartners") and
# points the WLZ_TLS_* settings at them.
#
#   certificaten.sh <jboss_home> <client_dir>
#
# Server side, in <jboss_home>/standalone/configuration (configure.cli names them):
#   wlz-tls-server.p12        key pair of the server for localhost (SAN dns:localhost, ip:127.0.0.1), signed by the CA
#   wlz-tls-vertrouwd.p12     trust store: the chain CA, the only issuer the https-listener accepts client certs from
#   wlz-tls-ketenpartners.p12 the partner certificates, alias = partner account (iWlz code): who a certificate is
#   wlz-tls-zorgkantoor.p12   the zorgkantoor's own client certificate for outbound deliveries (Verzender)
# Client side, in <client_dir> (tests, partner simulator):
#   <account>.p12             client key store of each demo partner (CN = the account: ciz, 12345678, 87654321)
#   onbekend.p12              a valid chain, not registered, no account (CN=99999999): refused (401)
#   zonder-account.p12        registered in the partner store, but no active account (CN=11110000): as a deactivated
#                             partner, authenticated without role KETENPARTNER (403)
#   vreemd.p12                CN=ciz, but issued by another CA: refused in the TLS handshake
#   keten-ca.p12, keten-ca.pem the chain CA, for clients to trust the server
# All stores are PKCS12 with the one test password below. Idempotent: a complete set is left alone; an incomplete
# one (an interrupted run: .compleet is written last) or one of an older version of this script is made anew, all
# of it, because the CA must be the same everywhere.
set -euo pipefail
jboss_home="$1"
clients="$2"
server="$jboss_home/standalone/configuration"
ww="WlzTest-TLS-2026"
dagen=3650
partners=(ciz 12345678 87654321)

nodig=("$server/wlz-tls-server.p12" "$server/wlz-tls-vertrouwd.p12" "$server/wlz-tls-ketenpartners.p12"
  "$server/wlz-tls-zorgkantoor.p12" "$clients/onbekend.p12" "$clients/zonder-account.p12" "$clients/vreemd.p12"
  "$clients/keten-ca.p12"
  "$clients/keten-ca.pem" "$clients/.compleet")
for p in "${partners[@]}"; do nodig+=("$clients/$p.p12"); done
# the marker holds this script's checksum: a changed script (another certificate, another name) makes a new set
versie="$(sha256sum "$0" | cut -d' ' -f1)"
compleet=true
for f in "${nodig[@]}"; do [[ -f "$f" ]] || compleet=false; done
if $compleet && [[ "$(cat "$clients/.compleet")" == "$versie" ]]; then
  exit 0
fi
# the JDK the build runs on, else the one on the PATH
keytool="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
command -v "$keytool" >/dev/null || keytool=keytool
command -v "$keytool" >/dev/null || { echo "FOUT: keytool (JDK) niet gevonden; zet JAVA_HOME" >&2; exit 1; }

start=$(date +%s)
werk="$(mktemp -d)"
trap 'rm -rf "$werk"' EXIT
rm -f "${nodig[@]}"
mkdir -p "$clients" "$server"
# keytool is a JVM per call: quick start-up flags, and the certificates of the partners are made in parallel
kt() {
  "$keytool" -J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC -J-Djava.security.egd=file:/dev/urandom \
    -noprompt -storetype PKCS12 -storepass "$ww" "$@" 2>"$werk/fout.$BASHPID" \
    || { cat "$werk/fout.$BASHPID" >&2; return 1; }
}
sleutel="-keyalg EC -groupname secp256r1 -validity $dagen"

# a CA: self-signed, basic constraints CA, may sign certificates; its key exists only during this run
ca() { # <store> <dname>
  kt -genkeypair -keystore "$1" -alias ca -dname "$2" $sleutel -ext bc:c -ext ku:c=keyCertSign,cRLSign >/dev/null
  kt -exportcert -rfc -keystore "$1" -alias ca -file "$1.pem" >/dev/null
}
# a key pair in <store> under <alias>, signed by the CA in <ca-store>, stored with its chain (certificate, CA); the
# certificate alone also in $werk/<alias>.crt
getekend() { # <store> <alias> <dname> <ca-store> <extensions...>
  local store="$1" alias="$2" dname="$3" castore="$4"; shift 4
  kt -genkeypair -keystore "$store" -alias "$alias" -dname "$dname" $sleutel >/dev/null
  kt -certreq -keystore "$store" -alias "$alias" \
    | kt -gencert -keystore "$castore" -alias ca -rfc -validity "$dagen" "$@" >"$werk/$alias.crt"
  cat "$werk/$alias.crt" "$castore.pem" >"$werk/$alias.keten"
  kt -importcert -keystore "$store" -alias "$alias" -file "$werk/$alias.keten" >/dev/null
}
client=(-ext ku:c=digitalSignature -ext eku=clientAuth)

ca "$werk/keten-ca.p12" "CN=WLZ Test Ketenpartner-CA, O=wlz-platform test, C=NL"
ca "$werk/vreemd-ca.p12" "CN=Vreemde CA, O=niet de keten, C=NL"

getekend "$server/wlz-tls-server.p12" server "CN=localhost, O=wlz-platform test, C=NL" "$werk/keten-ca.p12" \
  -ext san=dns:localhost,ip:127.0.0.1 -ext ku:c=digitalSignature,keyEncipherment -ext eku=serverAuth &
getekend "$server/wlz-tls-zorgkantoor.p12" zorgkantoor "CN=zorgkantoor, O=wlz-platform test, C=NL" \
  "$werk/keten-ca.p12" "${client[@]}" &
for p in "${partners[@]}"; do
  getekend "$clients/$p.p12" "$p" "CN=$p, O=wlz-platform test, C=NL" "$werk/keten-ca.p12" "${client[@]}" &
done
getekend "$clients/onbekend.p12" onbekend "CN=99999999, O=wlz-platform test, C=NL" "$werk/keten-ca.p12" "${client[@]}" &
getekend "$clients/zonder-account.p12" 11110000 "CN=11110000, O=wlz-platform test, C=NL" "$werk/keten-ca.p12" \
  "${client[@]}" &
getekend "$clients/vreemd.p12" vreemd "CN=ciz, O=niet de keten, C=NL" "$werk/vreemd-ca.p12" "${client[@]}" &
kt -importcert -keystore "$server/wlz-tls-vertrouwd.p12" -alias ketenpartner-ca -file "$werk/keten-ca.p12.pem" >/dev/null
kt -importcert -keystore "$clients/keten-ca.p12" -alias ketenpartner-ca -file "$werk/keten-ca.p12.pem" >/dev/null
cp "$werk/keten-ca.p12.pem" "$clients/keten-ca.pem"
for job in $(jobs -p); do wait "$job"; done
# the partner store: one trusted certificate per account, alias = account (what key-store-realm looks up)
for p in "${partners[@]}" 11110000; do
  kt -importcert -keystore "$server/wlz-tls-ketenpartners.p12" -alias "$p" -file "$werk/$p.crt" >/dev/null
done
echo "$versie" > "$clients/.compleet"
echo "Testcertificaten gemaakt in $(( $(date +%s) - start )) s ($server/wlz-tls-*.p12, $clients)"
