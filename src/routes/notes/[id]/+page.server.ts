import { error } from '@sveltejs/kit';
import { getNote, noteIds } from '$lib/content/notes.server';
import { featureIndex } from '$lib/data/features.server';
import { featureColor } from '$lib/data/prepare';
import { layerById } from '$lib/layers/registry';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => noteIds().map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const note = getNote(params.id);
	if (!note) error(404, 'No such note');
	const entry = featureIndex().get(params.id);
	const def = entry ? layerById(entry.layer) : layerById(params.id);
	return {
		note,
		feature: entry?.feature ?? null,
		layer: entry?.layer ?? (def ? def.id : null),
		color: entry && def ? featureColor(def, entry.feature) : null,
		title: entry?.feature.properties.name_en ?? note.title ?? (def ? def.title.en : 'About this atlas')
	};
};
