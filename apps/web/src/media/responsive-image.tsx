import { type ImageSource, pictureSources } from './image-sources.js';

/**
 * An image in the page: a `<picture>` of its renditions when the API made any, with `sizes` saying how wide it is
 * drawn; lazy below the fold, eager (and found early by the browser) when it is the first thing a reader sees.
 */
export function ResponsiveImage({
  image,
  alt,
  sizes,
  isAboveFold = false,
  className,
}: {
  image: ImageSource;
  alt: string;
  sizes: string;
  isAboveFold?: boolean;
  className?: string;
}) {
  const { sources, img } = pictureSources(image);
  return (
    <picture className={className}>
      {sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        src={img.src}
        srcSet={img.srcSet}
        sizes={img.srcSet ? sizes : undefined}
        width={img.width}
        height={img.height}
        alt={alt}
        loading={isAboveFold ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={isAboveFold ? 'high' : undefined}
      />
    </picture>
  );
}
