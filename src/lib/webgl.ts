/** Whether this browser can give MapLibre a WebGL context (it is off in some locked-down browsers). */
export function hasWebgl(): boolean {
	try {
		const c = document.createElement('canvas');
		return !!(c.getContext('webgl2') || c.getContext('webgl'));
	} catch {
		return false;
	}
}
