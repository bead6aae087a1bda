import { connection } from "next/server";
import { Suspense } from "react";

// Sign-in and account pages carry a per-request Content-Security-Policy nonce
// (proxy.ts). Next stamps it only on what it renders per request, so a page
// prerendered whole at build time (as the sign-in page would be) would send
// its page data in inline scripts the browser then refuses. This empty
// request-time part makes every page here render its scripts per request.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {children}
      <Suspense fallback={null}>
        <RenderedPerRequest />
      </Suspense>
    </>
  );
}

async function RenderedPerRequest() {
  await connection();
  return null;
}
