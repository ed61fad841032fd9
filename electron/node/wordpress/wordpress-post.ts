/** The fields of a post read back with `context=edit`. */
export interface WordpressPost {
  id: number;
  link: string;
  status: string;
  slug: string;
  date_gmt: string;
  modified_gmt: string;
  featured_media: number;
  categories: number[];
  tags: number[];
  author: number;
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
}
