// The only two sites the extension touches. The manifest's host permissions and the content
// scripts' matches both come from here, so they cannot drift apart.
export const NREMT_MATCHES = ['https://www.nremt.org/*', 'https://nremt.org/*'];
export const ELICENSING_MATCHES = ['https://healthprofessionlicensing.mass.gov/*'];
