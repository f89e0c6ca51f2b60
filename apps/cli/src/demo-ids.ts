/** The synthetic partnership and MARACs `npm run demo` loads (the OpenAPI document's examples name them too). */
export const DEMO_PARTNERSHIP = 'demo-csp';
export const DEMO_MARACS = ['demo-marac-north', 'demo-marac-south', 'demo-marac-east'];
