declare module 'virtual:icp-search/trad-table' {
  /** Traditional → simplified pairs (`'備备號号…'`), made at build time by trad-table.ts. */
  const pairs: string;
  export default pairs;
}
