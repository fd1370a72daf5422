// The package's version, from package.json (bundled at build time; npm's npm_package_version
// would name the project of the folder the user is in, not ours).
import manifest from '../package.json' with { type: 'json' };

export const VERSION: string = manifest.version;
