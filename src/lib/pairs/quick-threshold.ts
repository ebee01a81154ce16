// Where the pairs tool leaves the optimal search for the quick method (quick.ts): a module of its own, so the page
// can name the number without loading the method, which only the matching worker needs.

/**
 * Above this many mentee × mentor cells the quick matching of quick.ts is used: the optimal search of assignment.ts
 * took 15 s to 330 s on a district's 10,000 × 500 and 3 to 8 s at 2,000 × 200–500 (December 2026, a shared machine);
 * this one, 0.04 to 0.2 s there, gives as many pairs as the optimum and within 0.1 % of its quality in those
 * trials. Below the line the optimum is kept. The result says which was used.
 */
export const quickAbove = 250_000;
