/** Element ids the page layout uses; article steps and headings must not take them. */
export const RESERVED_IDS = ['main', 'tree', 'toc', 'search', 'search-input', 'search-listbox', 'top', 'article-meta', 'related'] as const;
