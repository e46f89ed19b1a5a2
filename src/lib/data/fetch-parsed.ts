/** Fetches a JSON file of the site and checks it with a zod schema: the data, or null if either step fails. */
export async function fetchParsed<T>(
	url: string,
	schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }
): Promise<T | null> {
	try {
		const res = await fetch(url);
		if (!res.ok) return null;
		const parsed = schema.safeParse(await res.json());
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}
