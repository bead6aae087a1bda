vcl 4.1;
# Marquee behind Varnish in production. Copy to /etc/varnish/default.vcl
# beside marquee.vcl and change the backend and the ACL to your hosts.

# Every app instance is asked GET /api/ready every 5 s: it answers 200 when
# its database answers, its migrations are current and its scheduler and
# invalidation listener are alive, 503 otherwise. An instance failing 3 of
# the last 5 probes gets no requests until it passes again; stored pages
# keep being served from grace meanwhile (marquee.vcl). It starts healthy
# (.initial), so a Varnish restart does not wait for 3 probes. The check
# takes at most about 3 s (lib/server/readiness.ts), within .timeout.
probe marquee_ready {
    .request = "GET /api/ready HTTP/1.1"
               "Host: localhost"
               "User-Agent: varnish-probe"
               "Connection: close";
    .expected_response = 200;
    .timeout = 4s;
    .interval = 5s;
    .window = 5;
    .threshold = 3;
    .initial = 3;
}

# The Marquee app (`npm start`). Several instances: one backend each and a
# round-robin director (vmod_directors) in vcl_init, as below.
backend default {
    .host = "127.0.0.1";
    .port = "3000";
    .first_byte_timeout = 30s;
    .probe = marquee_ready;
}

# backend app2 { .host = "10.0.0.12"; .port = "3000"; .first_byte_timeout = 30s; .probe = marquee_ready; }
# import directors;
# sub vcl_init {
#     new app = directors.round_robin();
#     app.add_backend(default);
#     app.add_backend(app2);
# }
# sub vcl_recv { set req.backend_hint = app.backend(); }

# Hosts allowed to PURGE: the app servers (EDGE_PURGE_URLS points at this
# Varnish from each of them). Everyone else gets 403. A PURGE must also carry
# the shared secret: varnishd's EDGE_PURGE_SECRET (marquee.vcl), so an address
# every client can appear to come from (a TLS proxy on this host) is not enough.
acl purgers {
    "127.0.0.1";
    "::1";
}

# Behind a TLS proxy (hitch, nginx) every client arrives from the proxy's
# address, and the 429 limit in marquee.vcl counts per client.identity. Best:
# have the proxy speak the PROXY protocol (hitch --write-proxy-v2, nginx's
# stream module with `proxy_protocol on`) to a `-a 127.0.0.1:8443,PROXY`
# listener, so client.ip is the real client (and the ACL above sees real
# addresses). Otherwise, when every client comes through that proxy,
# count by the address it appended to X-Forwarded-For (the one before the
# proxy's own, which Varnish appended):
#
# sub vcl_recv {
#     set client.identity = regsub(req.http.X-Forwarded-For, "^(?:.*,)?\s*([^,\s]+)\s*,[^,]*$", "\1");
# }

include "./marquee.vcl";
