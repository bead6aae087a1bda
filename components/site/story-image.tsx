import { getImageProps, type ImageProps } from "next/image";
import { preload } from "react-dom";

/**
 * A story's picture as a plain <img> rendered on the server: the srcset, sizes
 * and optimizer URLs of next/image, without its client component (see
 * docs/architecture.md, "Readers' script"). `priority` also preloads it.
 */
export function StoryImage({ priority = false, ...image }: Omit<ImageProps, "preload" | "fill" | "placeholder" | "onLoad" | "onError">) {
  const { props } = getImageProps({ ...image, priority });
  if (priority) {
    preload(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes });
  }
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- getImageProps carries the alt it was given
  return <img {...props} />;
}
