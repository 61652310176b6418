// Compass words that follow a place name in Indonesian and precede it in English.
export const COMPASS: Readonly<Record<string, string>> = {
  Utara: "North", Selatan: "South", Barat: "West", Timur: "East", Tengah: "Central",
  Tenggara: "Southeast", "Barat Daya": "Southwest", "Timur Laut": "Northeast", "Barat Laut": "Northwest",
};
