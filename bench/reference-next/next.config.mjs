// The reference for `npm run bench`: the smallest Next.js app that serves
// one prerendered page, built with the repository's own node_modules
// (`next build bench/reference-next`, no package.json of its own). Its
// build goes to a git-ignored cache folder of the workspace, so lint and
// the type check never see it.
const config = {
  distDir: process.env.MARQUEE_BENCH_REFERENCE_DIST ?? "../../node_modules/.cache/marquee-bench/reference-next",
  // Marquee's rendering model, so the page is prerendered and served the same way.
  cacheComponents: true,
  partialPrefetching: false,
  poweredByHeader: false,
  // The same response headers Marquee adds, so both do the same header work.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
        ],
      },
    ];
  },
};

export default config;
