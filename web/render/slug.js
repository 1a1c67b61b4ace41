// Heading ids as Streamlit 1.67 makes them (a lazily loaded chunk): the
// heading's text through @sindresorhus/slugify ("Über Café" -> "ueber-cafe",
// "fooBar" -> "foo-bar"); a text with nothing left (CJK, emoji, punctuation)
// gets its xxHash32 (seed 0xABCD) in hex instead.
import slugify from '@sindresorhus/slugify';
import { xxHash32 } from 'js-xxhash';

/** The id 1.67 gives a heading whose text content is `text` ('' for none). */
export function headingId(text) {
  if (text == null || text === '') return '';
  const slug = slugify(text);
  return slug.length ? slug : xxHash32(text, 0xabcd).toString(16);
}
