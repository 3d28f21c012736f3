// Venues several demo events share that are not in the places catalogue.

/** Minsk-Arena, the capital's ice arena and concert hall. */
export const minskArena = {
  address: { en: 'Minsk-Arena, 111 Pobediteley Avenue, Minsk', ru: 'Минск-Арена, пр-т Победителей, 111, Минск' },
  coordinates: { lat: 53.9361, lng: 27.4808 },
};
