vcl 4.1;
# Marquee behind Varnish in production. Copy to /etc/varnish/default.vcl
# beside marquee.vcl and change the backend and the ACL to your hosts.

# The Marquee app (`npm start`). Several instances: one backend each and a
# round-robin director (vmod_directors) in vcl_init.
backend default {
    .host = "127.0.0.1";
    .port = "3000";
    .first_byte_timeout = 30s;
}

# Hosts allowed to PURGE: the app servers (EDGE_PURGE_URLS points at this
# Varnish from each of them). Everyone else gets 403.
acl purgers {
    "127.0.0.1";
    "::1";
}

include "./marquee.vcl";
