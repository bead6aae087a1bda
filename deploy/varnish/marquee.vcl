# Marquee's edge logic for Varnish 7 with varnish-modules (Debian:
# apt-get install varnish varnish-modules). Include it from a site VCL that
# declares `backend default` and `acl purgers` (see default.vcl); nothing
# here names a host, so the production VCL, `npm run start:edge` and the
# tests run this same file.
#
# The app marks what may be cached (Cache-Control) and what each response
# shows (the xkey header, cache tags from lib/cache/tags.ts). After every
# publishing event it sends `PURGE` with the touched keys, so cached copies
# live as long as the app allows yet change the moment the newsroom does.
#
# A PURGE must come from an address in `acl purgers` AND carry the shared
# secret in X-Purge-Secret: the value of EDGE_PURGE_SECRET in varnishd's
# environment (the app sends its own EDGE_PURGE_SECRET). The ACL alone is not
# enough where a TLS proxy on this host makes every client arrive from
# 127.0.0.1. Without that variable every PURGE is refused.
#
# Which requests may be shared and under which key is one table,
# lib/cache/edge-rules.ts, that the app's page cache reads too: the blocks
# between `# edge-rules: <name>` and `# end edge-rules` are written from it by
# `npm run vcl`; edit the table, not the blocks (a unit test compares them).

import std;
import xkey;
import vsthrottle;

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers || std.getenv("EDGE_PURGE_SECRET") == ""
            || req.http.X-Purge-Secret != std.getenv("EDGE_PURGE_SECRET")) {
            return (synth(403, "Forbidden"));
        }
        # Bans are not used: every purge names its keys.
        if (req.method == "BAN") {
            return (synth(405, "Use PURGE with an xkey header"));
        }
        if (!req.http.xkey) {
            return (synth(400, "PURGE needs an xkey header"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey);
        # Soft keys: the copies stay, marked stale; the next request gets one
        # (grace) while a single background fetch refreshes it.
        if (req.http.xkey-soft) {
            set req.http.x-purged = req.http.x-purged + ", soft " + xkey.softpurge(req.http.xkey-soft);
        }
        return (synth(200, "Purged " + req.http.x-purged));
    }
    # The secret never travels further, whoever sent it.
    unset req.http.X-Purge-Secret;
    if (req.method !~ "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$") {
        return (synth(405, "Method not allowed"));
    }
    # edge-rules: url-length
    # A URL longer than any the site makes is an attack on the cache, not a reader.
    if (req.url ~ "^.{2049}") {
        return (synth(414, "URI too long"));
    }
    # end edge-rules

    # edge-rules: ignored-headers
    # Headers the app or Next.js could act on but the cache key ignores: a
    # client must not get a page built from them stored for everyone.
    unset req.http.X-Forwarded-Host;
    unset req.http.X-Forwarded-Server;
    unset req.http.X-Forwarded-Port;
    unset req.http.X-Host;
    unset req.http.X-Original-URL;
    unset req.http.X-Rewrite-URL;
    unset req.http.X-Original-Host;
    unset req.http.Forwarded;
    unset req.http.X-HTTP-Method-Override;
    unset req.http.X-Action-Forwarded;
    unset req.http.X-Middleware-Subrequest;
    unset req.http.X-Prerender-Revalidate;
    unset req.http.X-Prerender-Revalidate-If-Generated;
    unset req.http.X-Now-Route-Matches;
    unset req.http.X-Matched-Path;
    unset req.http.X-Invoke-Path;
    unset req.http.X-Invoke-Query;
    unset req.http.X-Invoke-Output;
    unset req.http.X-Invoke-Status;
    unset req.http.X-Invoke-Error;
    # end edge-rules
    unset req.http.X-Cache;

    # edge-rules: private
    # Signed-in and private areas go straight to the app, cookies and all.
    if (req.url ~ "^/(admin|api/admin|api/auth|login|account|preview)(/|\?|$)") {
        return (pass);
    }
    # end edge-rules
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # edge-rules: personal
    # Client-side navigation (React Server Component payloads), server
    # actions, API tokens and draft mode answer one client: passed, never stored.
    if (req.http.RSC || req.http.Next-Router-Prefetch || req.http.Next-Router-State-Tree || req.http.Next-Router-Segment-Prefetch || req.http.Next-Action || req.http.Authorization
        || req.url ~ "[?&]_rsc=" || req.http.Cookie ~ "__prerender_bypass=") {
        return (pass);
    }
    # end edge-rules
    # Public pages look the same to everyone: the session cookie of a signed-in
    # editor never reaches the app from here, nor any page stored for readers.
    unset req.http.Cookie;

    # One stored copy per encoding (varnishd runs with -p http_gzip_support=off):
    # clients that take gzip get the app's gzip copy, others its plain copy,
    # and no request costs Varnish a gunzip. Normalised to two variants.
    if (req.http.Accept-Encoding ~ "(?i)gzip" && req.http.Accept-Encoding !~ "(?i)gzip\s*;\s*q=0(\.0*)?\s*(,|$)") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }

    # edge-rules: query-string
    # Tracking parameters never change a response: drop them from the key.
    set req.url = regsuball(req.url, "(?i)([?&])(utm_[a-z0-9_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|twclid|ttclid|_ga|_gl)(=[^&]*)?(?=&|$)", "\1");
    set req.url = regsuball(req.url, "&{2,}", "&");
    set req.url = regsub(req.url, "\?&", "?");
    set req.url = regsub(req.url, "[?&]$", "");
    # Pages and feeds read no query string; search, the content API and
    # images do, in any order.
    if (req.url ~ "^/(articles|tags|sections|authors|sitemaps|media)/[^?]*\?" || req.url ~ "^/(feed\.(xml|atom|json)|sitemap\.xml|robots\.txt)?\?") {
        set req.url = regsub(req.url, "\?.*$", "");
    } else {
        set req.url = std.querysort(req.url);
    }
    # end edge-rules
    return (hash);
}

sub vcl_hash {
    # One site per edge: the Host header is not part of the key, so odd Host
    # values neither split the cache nor land in it (the app builds links
    # from SITE_URL, not from Host).
    hash_data(req.url);
    return (lookup);
}

sub vcl_hit {
    set req.http.X-Cache = "hit";
}

# Every request the cache does not answer costs the app a render: misses
# (each can also add an object, so made-up URLs could fill the cache) and
# passes alike (signed-in areas, POSTs, RSC payloads, Authorization, draft-mode
# cookies, uncacheable answers). One client gets 250 of them in 10 s, then 429
# for 30 s; cached pages still reach it. Readers, crawlers and editors stay far
# below this. Behind a TLS proxy, set client.identity to the real client (see
# default.vcl), or every client shares one count.
sub marquee_throttle {
    if (vsthrottle.is_denied("uncached:" + client.identity, 250, 10s, 30s)) {
        return (synth(429, "Too many requests"));
    }
}

sub vcl_pass {
    set req.http.X-Cache = "pass";
    call marquee_throttle;
}

sub vcl_miss {
    set req.http.X-Cache = "miss";
    call marquee_throttle;
}

sub vcl_backend_fetch {
    unset bereq.http.X-Cache;
}

sub vcl_backend_response {
    # While the app or its database is down, keep serving the last good copy.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # A page the app rendered from data older than a purge that reached it
    # meanwhile: passed on once, kept by nobody, and no hit-for-miss object
    # (which would send every request for the page to the app, uncoalesced,
    # for two minutes); the next request fetches it afresh.
    if (beresp.http.X-Marquee-Stale) {
        unset beresp.http.X-Marquee-Stale;
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Grace: after its time is up, a copy is still served (while a fresh one
    # is fetched in the background) for a day if the app cannot answer.
    if (beresp.ttl > 0s) {
        set beresp.grace = 24h;
    }
}

sub vcl_backend_error {
    # An instance that went away (killed, restarting) before the health probe
    # noticed: a read is tried once more, which a director sends to the next
    # backend. Reads only: a POST may have reached the app.
    if (bereq.retries == 0 && bereq.method ~ "^(GET|HEAD)$") {
        return (retry);
    }
    # A failed refresh leaves the stale copy in place (grace).
    if (bereq.is_bgfetch) {
        return (abandon);
    }
    # No copy to fall back on: a short page, not Varnish's own.
    set beresp.http.Content-Type = "text/plain; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.body = "The site is briefly unavailable. Please try again in a moment.";
    return (deliver);
}

sub vcl_deliver {
    # Cache keys are between the app and the edge.
    unset resp.http.xkey;
    set resp.http.X-Cache = req.http.X-Cache;
}

sub vcl_synth {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.http.Cache-Control = "no-store";
    set resp.body = resp.reason + {"
"};
    return (deliver);
}
