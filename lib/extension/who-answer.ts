// Content-script side of the one popup -> tab message: "whose pages does this tab show?".
// The request carries no data, so an exact check of its type is the whole validation; keeping
// zod out of here keeps it out of the content scripts (the popup validates the reply with zod).

export const WHO_REQUEST_TYPE = 'recert-copilot:who';

export interface WhoReply {
  personKey: string | null;
}

/** Answers "who" with this tab's person; ignores anything else (returns undefined). */
export function answerWho(getPersonKey: () => string | null): (message: unknown) => Promise<WhoReply> | undefined {
  return (message) => {
    const isWho =
      typeof message === 'object' &&
      message !== null &&
      Object.keys(message).length === 1 &&
      (message as { type?: unknown }).type === WHO_REQUEST_TYPE;
    return isWho ? Promise.resolve({ personKey: getPersonKey() }) : undefined;
  };
}
