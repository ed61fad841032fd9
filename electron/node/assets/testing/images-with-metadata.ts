import { pngChunk, sampleGif, samplePng, sampleWebp, tinyJpeg } from './sample-images';

/** What a source's picture may carry; none of it may reach a library. */
export const gpsCoordinates = 'GPSLatitude 48.8566 N GPSLongitude 2.3522 E';
export const xmpPacket =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Awa Diallo, source</dc:creator></x:xmpmeta>';
export const authorName = 'Awa Diallo';
export const secrets = [gpsCoordinates, xmpPacket, authorName, 'Photoshop 3.0', 'MPF'];

const jpegSegment = (marker: number, payload: Buffer): Buffer => {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
};

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

/** Entropy-coded data with a stuffed 0xFF and a restart marker, then the end of the image. */
const scanData = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd9]);
const iccProfile = jpegSegment(0xe2, latin1('ICC_PROFILE\0\x01\x01colour'));

/** A JPEG as it should be stored: JFIF, ICC profile, tables, frame, scan, end. */
export const cleanJpeg = (): Buffer =>
  Buffer.concat([tinyJpeg.subarray(0, 20), iccProfile, tinyJpeg.subarray(20), scanData]);

/** The same JPEG carrying EXIF with GPS, XMP, IPTC, MPF, a comment, and a picture after its end. */
export const jpegWithMetadata = (): Buffer =>
  Buffer.concat([
    tinyJpeg.subarray(0, 2),
    jpegSegment(0xe1, latin1(`Exif\0\0${gpsCoordinates}`)),
    tinyJpeg.subarray(2, 20),
    jpegSegment(0xe1, latin1(`http://ns.adobe.com/xap/1.0/\0${xmpPacket}`)),
    iccProfile,
    jpegSegment(0xe2, latin1('MPF\0II*\0 second picture')),
    jpegSegment(0xed, latin1(`Photoshop 3.0\x008BIM\x04\x04 ${authorName}`)),
    jpegSegment(0xfe, latin1(`Photo: ${authorName}`)),
    tinyJpeg.subarray(20),
    scanData,
    tinyJpeg.subarray(0, 2),
    jpegSegment(0xe1, latin1(`Exif\0\0${gpsCoordinates} (thumbnail)`)),
  ]);

const pngText = (type: string, text: string): Buffer => pngChunk(type, latin1(text));

/** A PNG with tEXt "Author", iTXt XMP, zTXt and eXIf chunks, and bytes after IEND. */
export const pngWithMetadata = (): Buffer => {
  const png = samplePng(4, 3);
  const afterHeader = 8 + 25;
  return Buffer.concat([
    png.subarray(0, afterHeader),
    pngText('tEXt', `Author\0${authorName}`),
    pngText('iTXt', `XML:com.adobe.xmp\0\0\0\0\0${xmpPacket}`),
    pngText('zTXt', `Comment\0\0${gpsCoordinates}`),
    pngText('eXIf', `MM\0*${gpsCoordinates}`),
    png.subarray(afterHeader),
    latin1(`trailing ${gpsCoordinates}`),
  ]);
};

const gifSubBlocks = (data: Buffer): Buffer =>
  Buffer.concat([Buffer.from([data.length]), data, Buffer.from([0])]);

const netscapeLoop = Buffer.concat([
  Buffer.from([0x21, 0xff, 11]),
  latin1('NETSCAPE2.0'),
  Buffer.from([3, 1, 0, 0, 0]),
]);

/** The sample GIF looping forever: what a GIF should keep. */
export const cleanGif = (): Buffer => {
  const gif = sampleGif();
  const screenEnd = 13 + 6;
  return Buffer.concat([gif.subarray(0, screenEnd), netscapeLoop, gif.subarray(screenEnd)]);
};

/** The looping GIF with a comment, an XMP application extension and bytes after its trailer. */
export const gifWithMetadata = (): Buffer => {
  const gif = cleanGif();
  const screenEnd = 13 + 6;
  return Buffer.concat([
    gif.subarray(0, screenEnd),
    Buffer.from([0x21, 0xfe]),
    gifSubBlocks(latin1(`Photo: ${authorName}`)),
    Buffer.from([0x21, 0xff, 11]),
    latin1('XMP DataXMP'),
    gifSubBlocks(latin1(xmpPacket.slice(0, 200))),
    gif.subarray(screenEnd),
    latin1(gpsCoordinates),
  ]);
};

const webpChunk = (type: string, data: Buffer): Buffer => {
  const header = Buffer.alloc(8);
  header.write(type, 0, 'latin1');
  header.writeUInt32LE(data.length, 4);
  const padding = Buffer.alloc(data.length % 2);
  return Buffer.concat([header, data, padding]);
};

const riff = (chunks: Buffer[]): Buffer => {
  const body = Buffer.concat([latin1('WEBP'), ...chunks]);
  const header = Buffer.alloc(8);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length, 4);
  return Buffer.concat([header, body]);
};

const vp8x = (flags: number): Buffer =>
  webpChunk('VP8X', Buffer.from([flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
const webpImage = (): Buffer => sampleWebp().subarray(12);

/** An extended WebP with only its picture (flags cleared). */
export const cleanWebp = (): Buffer => riff([vp8x(0), webpImage()]);

/** The extended WebP with EXIF (odd length, so padded) and XMP chunks, their flags set. */
export const webpWithMetadata = (): Buffer =>
  Buffer.concat([
    riff([
      vp8x(0x08 | 0x04),
      webpImage(),
      webpChunk('EXIF', latin1(`MM\0*${gpsCoordinates}!`)),
      webpChunk('XMP ', latin1(xmpPacket)),
    ]),
    latin1(`trailing ${authorName}`),
  ]);
