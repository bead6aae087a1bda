// /sections/<slug>: the first page of the section's stories (components/site/entity-listing.tsx).
import { entityListingRoute } from "@/components/site/entity-listing";

const { first } = entityListingRoute("section");
export const generateStaticParams = first.generateStaticParams;
export const generateMetadata = first.generateMetadata;
export default first.Page;
