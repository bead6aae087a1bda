// /authors/<slug>: the first page of the author's stories (components/site/entity-listing.tsx).
import { entityListingRoute } from "@/components/site/entity-listing";

const { first } = entityListingRoute("author");
export const generateStaticParams = first.generateStaticParams;
export const generateMetadata = first.generateMetadata;
export default first.Page;
