/** New row ids: random UUIDs, so rows made anywhere (even in an imported workshop) never collide. */
export const newId = (): string => crypto.randomUUID();
