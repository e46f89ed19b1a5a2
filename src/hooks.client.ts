// Runs before hydration: start the map code and the basemap style (see $lib/map/early).
import '$lib/map/early';
