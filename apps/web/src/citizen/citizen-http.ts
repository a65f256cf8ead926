// The page helpers are shared by the portal and the officials' console; kept importable from here
// for the citizen's pages.
export * from '../http/page-http';
