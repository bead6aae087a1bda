// /sections/<slug>/page/<n>: page n (2 and up) of the section's stories (components/site/entity-listing.tsx).
import { entityListingRoute } from "@/components/site/entity-listing";

const { pageN } = entityListingRoute("section");
export const generateStaticParams = pageN.generateStaticParams;
export const generateMetadata = pageN.generateMetadata;
export default pageN.Page;
