/** How the injected card script hands its factory to the content script (they share one world). */
export const CARD_VIEW_GLOBAL = '__aleppoContextCardView';
