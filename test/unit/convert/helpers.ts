import { htmlToMarkdown, type ConvertOptions } from '../../../src/core/convert';

/** The Markdown for an HTML snippet, without the final newline. */
export const md = (html: string, options?: ConvertOptions): string => htmlToMarkdown(html, options).trimEnd();
