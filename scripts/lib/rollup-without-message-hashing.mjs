// @lit/localize derives a message id by hashing the template (FNV-1a) only when msg() is given
// no `id`. Every msg() here has one (scripts/lib/locale-strings.mjs fails the build on one
// that does not), so the hash is dead code that Rollup cannot see is dead: this plugin puts an
// empty id generator in its place. A msg() without an id would then show its English text.
const HASH_MODULE = /@lit[/\\]localize[/\\]internal[/\\]id-generation\.js$/;
const STUB = '\0hf-no-message-hashing';

export default function withoutMessageHashing() {
  return {
    name: 'without-message-hashing',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('id-generation.js')) return null;
      const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
      return resolved && HASH_MODULE.test(resolved.id) ? STUB : null;
    },
    load: (id) => (id === STUB ? "export const generateMsgId = () => '';" : null),
  };
}
