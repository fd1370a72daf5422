// `ethics-guide completion bash|zsh|fish`: a script for the shell that completes commands,
// options, case, code and grid ids, and paths where a file or folder goes. Each script is a thin
// shell: it asks `ethics-guide __complete -- WORDS` (complete.ts) what fits, so that the three
// shells complete alike and nothing is written twice. README says how to install each.
import { usageError } from '../errors.js';
import { commandLine, type Context } from './context.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

const BASH = `# ethics-guide completion for bash. Install: ethics-guide completion bash > ~/.local/share/bash-completion/completions/ethics-guide
_ethics_guide() {
  local cur=\${COMP_WORDS[COMP_CWORD]} IFS=$'\\n'
  local -a found
  found=($(ethics-guide __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
  case "\${found[0]}" in
    :files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    :dirs) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
    *) COMPREPLY=("\${found[@]}") ;;
  esac
}
complete -F _ethics_guide ethics-guide
`;

const ZSH = `#compdef ethics-guide
# ethics-guide completion for zsh. Install: ethics-guide completion zsh > "\${fpath[1]}/_ethics-guide"
_ethics-guide() {
  local -a found
  found=(\${(f)"$(ethics-guide __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)"})
  case "$found[1]" in
    :files) _files ;;
    :dirs) _files -/ ;;
    *) (( $#found )) && compadd -- $found ;;
  esac
}
# Autoloaded from fpath, this file is the function's body; sourced, it registers the function.
if [ "$funcstack[1]" = "_ethics-guide" ]; then _ethics-guide "$@"; else compdef _ethics-guide ethics-guide; fi
`;

const FISH = `# ethics-guide completion for fish. Install: ethics-guide completion fish > ~/.config/fish/completions/ethics-guide.fish
function __ethics_guide_complete
    set -l words (commandline -opc)[2..-1] (commandline -ct)
    set -l found (ethics-guide __complete -- $words 2>/dev/null)
    switch "$found[1]"
        case :files
            __fish_complete_path (commandline -ct)
        case :dirs
            __fish_complete_directories (commandline -ct)
        case '*'
            printf '%s\\n' $found
    end
end
complete -c ethics-guide -f -a '(__ethics_guide_complete)'
`;

const SCRIPTS: Record<(typeof SHELLS)[number], string> = { bash: BASH, zsh: ZSH, fish: FISH };

export function completion(shell: string | undefined, ctx: Context): void {
  if (!shell)
    throw usageError(
      `completion needs the name of your shell, one of ${SHELLS.join(', ')}: for example \`${commandLine(ctx, ['completion', 'bash'])}\``,
    );
  const script = SCRIPTS[shell as (typeof SHELLS)[number]];
  if (!script) throw usageError(`there is no completion for ${shell}; choose one of ${SHELLS.join(', ')}`);
  ctx.io.out(script.trimEnd());
}
