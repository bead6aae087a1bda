vcl 4.1;
# The edge of deploy/docker/compose.yaml: two app instances behind one
# Varnish, each probed on /api/ready (as deploy/varnish/default.vcl), taken
# round-robin. marquee.vcl is the shipped logic, mounted beside this file.

import directors;

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

backend app1 { .host = "app1"; .port = "3000"; .first_byte_timeout = 30s; .probe = marquee_ready; }
backend app2 { .host = "app2"; .port = "3000"; .first_byte_timeout = 30s; .probe = marquee_ready; }

# The compose network (compose.yaml fixes its subnet): the app instances purge from there.
acl purgers {
    "127.0.0.1";
    "172.28.0.0"/16;
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}

sub vcl_recv {
    set req.backend_hint = app.backend();
}

include "marquee.vcl";
