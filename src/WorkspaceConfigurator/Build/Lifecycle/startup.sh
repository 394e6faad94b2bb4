#!/bin/sh
# wsconf workspace startup steps.
#
# A workspace is a pod, and only its home volume persists. On each start, init containers of the profile's image
# (home volume mounted, no environment from the hub) run steps of this one script, which wsconf ships in a
# ConfigMap mounted at /opt/wsconf/startup/startup.sh. wsconf writes the command lines:
#
#   sh startup.sh seed HOME SRC DEST [SRC DEST]...  copy file SRC to HOME/DEST unless HOME/DEST is there already
#   sh startup.sh configure HOME PATH               run the image's configure script PATH, when the image has it
#   sh startup.sh personalize HOME                  run HOME/personalize, when the user wrote one
#   sh startup.sh dotfiles HOME URL [KEYFILE]       clone or pull URL into HOME/.dotfiles, then install or link it
#   sh startup.sh git-ssh KEYFILE [SSH ARGS...]     ssh with a private copy of KEYFILE (for GIT_SSH_COMMAND)
#
# A step with a HOME sets and exports HOME, and works in it. Messages go to stderr, prefixed "wsconf startup: ",
# so they end up in the init container's log.
#
# Exit status: configure exits with the status of the image's script (its failure fails the spawn, on purpose);
# git-ssh with ssh's, or 255 when it cannot use the key; seed, personalize and dotfiles always exit 0 and log what
# went wrong, so a personal setting never keeps a workspace from starting. A wrong command line exits 2.
#
# POSIX sh only: it runs under dash and busybox sh.
#
# A "~" in a log line is text for people, not a path to expand.
# shellcheck disable=SC2088

set -u

# Init containers run as the image's user, which need not be the user the workspace runs as (the hub's uid, with the
# pod's fsGroup): what the steps create stays writable by the group, so the user can change it later.
umask 002

step=startup
general='startup.sh seed|configure|personalize|dotfiles HOME ARGS..., or startup.sh git-ssh KEYFILE [SSH ARGS...]'
synopsis=$general

log() {
    printf 'wsconf startup: %s: %s\n' "$step" "$*" >&2
}

usage() {
    printf 'wsconf startup: usage: %s%s\n' "$synopsis" "${1:+ ($1)}" >&2
    exit 2
}

# This script by an absolute path: git runs GIT_SSH_COMMAND from folders of its own.
case $0 in
    /*) self=$0 ;;
    *) self=$(pwd)/$0 ;;
esac

set_home() {
    case $1 in
        /*) ;;
        *) usage "HOME must be an absolute path, not '$1'" ;;
    esac
    HOME=$1
    export HOME
    # The home may be a folder below the volume's mount point (/home/jovyan on a volume at /home), absent on a fresh
    # claim: every step wants it to exist.
    if [ ! -d "$HOME" ] && ! mkdir -p -- "$HOME"; then
        log "cannot create the home $HOME"
    fi
}

# $1 in single quotes, for a shell command line.
quote() {
    quote_sq="'"
    quote_done=
    quote_rest=$1
    while :; do
        case $quote_rest in
            *"$quote_sq"*)
                quote_done=$quote_done${quote_rest%%"$quote_sq"*}"'\\''"
                quote_rest=${quote_rest#*"$quote_sq"}
                ;;
            *) break ;;
        esac
    done
    printf "'%s%s'" "$quote_done" "$quote_rest"
}

exists() {
    [ -e "$1" ] || [ -L "$1" ]
}

# ---- seed HOME SRC DEST [SRC DEST]... ----

seed() {
    synopsis='startup.sh seed HOME SRC DEST [SRC DEST]...'
    if [ $# -lt 3 ] || [ $(($# % 2)) -ne 1 ]; then
        usage
    fi
    set_home "$1"
    shift
    while [ $# -ge 2 ]; do
        seed_one "$1" "$2"
        shift 2
    done
    exit 0
}

seed_one() {
    seed_src=$1
    seed_dest=$2
    case /$seed_dest/ in
        //* | */../* | */./* | *//*)
            log "not seeding '$seed_dest': it must be a path inside the home, like .bashrc or .config/app/file"
            return
            ;;
    esac
    seed_target=$HOME/$seed_dest
    if exists "$seed_target"; then
        log "kept ~/$seed_dest (already there)"
        return
    fi
    if [ ! -f "$seed_src" ] || [ ! -r "$seed_src" ]; then
        log "not seeding ~/$seed_dest: $seed_src is not a readable file"
        return
    fi
    seed_tmp=$seed_target.wsconf-seed.$$
    if seed_error=$({ mkdir -p -- "${seed_target%/*}" &&
        cp -- "$seed_src" "$seed_tmp" &&
        chmod -- u+rw,g+rw "$seed_tmp" &&
        mv -f -- "$seed_tmp" "$seed_target"; } 2>&1); then
        log "seeded ~/$seed_dest from $seed_src"
    else
        rm -f -- "$seed_tmp" 2>/dev/null
        log "could not seed ~/$seed_dest from $seed_src: $seed_error"
    fi
}

# ---- configure HOME PATH ----

configure() {
    synopsis='startup.sh configure HOME PATH'
    if [ $# -ne 2 ] || [ -z "$2" ]; then
        usage
    fi
    set_home "$1"
    configure_script=$2
    if [ ! -e "$configure_script" ]; then
        log "skipped: $configure_script not in the image"
        exit 0
    fi
    if [ ! -f "$configure_script" ]; then
        log "skipped: $configure_script is not a file"
        exit 0
    fi
    if [ ! -x "$configure_script" ]; then
        log "skipped: $configure_script is not executable"
        exit 0
    fi
    if ! cd "$HOME"; then
        log "cannot enter the home $HOME"
        exit 1
    fi
    log "running $configure_script"
    "$configure_script" </dev/null
    configure_status=$?
    if [ "$configure_status" -eq 0 ]; then
        log "$configure_script done"
    else
        log "$configure_script failed with exit status $configure_status"
    fi
    exit "$configure_status"
}

# ---- personalize HOME ----

personalize() {
    synopsis='startup.sh personalize HOME'
    [ $# -eq 1 ] || usage
    set_home "$1"
    personalize_script=$HOME/personalize
    if [ ! -e "$personalize_script" ]; then
        log "skipped: no ~/personalize"
        exit 0
    fi
    if [ ! -f "$personalize_script" ]; then
        log "skipped: ~/personalize is not a file"
        exit 0
    fi
    if [ ! -x "$personalize_script" ]; then
        log "skipped: ~/personalize is not executable; to run it on each start: chmod +x ~/personalize"
        exit 0
    fi
    if ! cd "$HOME"; then
        log "cannot enter the home $HOME"
        exit 0
    fi
    log "running ~/personalize"
    "$personalize_script" </dev/null
    personalize_status=$?
    if [ "$personalize_status" -eq 0 ]; then
        log "~/personalize done"
    else
        log "~/personalize failed with exit status $personalize_status; the workspace starts anyway"
    fi
    exit 0
}

# ---- dotfiles HOME URL [KEYFILE] ----

dotfiles() {
    synopsis='startup.sh dotfiles HOME URL [KEYFILE]'
    if [ $# -lt 2 ] || [ $# -gt 3 ] || [ -z "$2" ]; then
        usage
    fi
    set_home "$1"
    dotfiles_url=$2
    if [ $# -eq 3 ]; then
        [ -n "$3" ] || usage
        GIT_SSH_COMMAND="sh $(quote "$self") git-ssh $(quote "$3")"
        # git-ssh ends in OpenSSH: git need not probe the command with ssh -G first.
        GIT_SSH_VARIANT=ssh
        export GIT_SSH_COMMAND GIT_SSH_VARIANT
    fi
    # Nobody can answer a prompt for a password in an init container: fail instead of waiting for ever.
    GIT_TERMINAL_PROMPT=0
    export GIT_TERMINAL_PROMPT
    if ! command -v git >/dev/null 2>&1; then
        log "skipped: git is not in the image"
        exit 0
    fi
    if ! cd "$HOME"; then
        log "cannot enter the home $HOME"
        exit 0
    fi
    dotfiles_dir=$HOME/.dotfiles
    if [ -e "$dotfiles_dir/.git" ]; then
        dotfiles_origin=$(git -C "$dotfiles_dir" config --get remote.origin.url 2>/dev/null)
        if [ -n "$dotfiles_origin" ] && [ "$dotfiles_origin" != "$dotfiles_url" ]; then
            log "~/.dotfiles comes from $dotfiles_origin, not $dotfiles_url; to clone $dotfiles_url instead, remove ~/.dotfiles"
        fi
        log "pulling ~/.dotfiles"
        if ! git -C "$dotfiles_dir" pull --ff-only </dev/null >&2; then
            log "could not pull ~/.dotfiles; installing it as it is"
        fi
    elif exists "$dotfiles_dir"; then
        log "skipped: ~/.dotfiles exists but is not a git repository"
        exit 0
    else
        log "cloning $dotfiles_url into ~/.dotfiles"
        if ! git clone -- "$dotfiles_url" "$dotfiles_dir" </dev/null >&2; then
            log "could not clone $dotfiles_url; no dotfiles this time"
            exit 0
        fi
    fi
    for dotfiles_installer in install.sh install bootstrap.sh bootstrap script/bootstrap setup.sh setup script/setup; do
        if [ -f "$dotfiles_dir/$dotfiles_installer" ]; then
            dotfiles_install "$dotfiles_installer"
            exit 0
        fi
    done
    dotfiles_link
    exit 0
}

dotfiles_install() {
    if ! cd "$dotfiles_dir"; then
        log "cannot enter ~/.dotfiles"
        return
    fi
    log "running ~/.dotfiles/$1"
    if [ -x "./$1" ]; then
        "./$1" </dev/null
    else
        sh "./$1" </dev/null
    fi
    dotfiles_status=$?
    if [ "$dotfiles_status" -eq 0 ]; then
        log "~/.dotfiles/$1 done"
    else
        log "~/.dotfiles/$1 failed with exit status $dotfiles_status; the workspace starts anyway"
    fi
}

# No install script: link each top-level dotfile of the repository into the home.
dotfiles_link() {
    dotfiles_linked=0
    for dotfiles_entry in "$dotfiles_dir"/.[!.]* "$dotfiles_dir"/..?*; do
        exists "$dotfiles_entry" || continue
        dotfiles_name=${dotfiles_entry##*/}
        case $dotfiles_name in
            .git | .gitignore | .gitmodules | .github | .dotfiles) continue ;;
        esac
        dotfiles_linked=$((dotfiles_linked + 1))
        dotfiles_target=$HOME/$dotfiles_name
        if [ -L "$dotfiles_target" ]; then
            if ! rm -f -- "$dotfiles_target"; then
                log "could not replace the link ~/$dotfiles_name"
                continue
            fi
        elif [ -e "$dotfiles_target" ]; then
            if exists "$dotfiles_target.before-dotfiles"; then
                log "skipped ~/$dotfiles_name: it is not a link, and ~/$dotfiles_name.before-dotfiles exists already"
                continue
            fi
            if ! mv -- "$dotfiles_target" "$dotfiles_target.before-dotfiles"; then
                log "could not move ~/$dotfiles_name aside"
                continue
            fi
            log "moved ~/$dotfiles_name aside to ~/$dotfiles_name.before-dotfiles"
        fi
        # Relative, so the link holds wherever the home volume is mounted.
        if ln -s -- ".dotfiles/$dotfiles_name" "$dotfiles_target"; then
            log "linked ~/$dotfiles_name to ~/.dotfiles/$dotfiles_name"
        else
            log "could not link ~/$dotfiles_name"
        fi
    done
    if [ "$dotfiles_linked" -eq 0 ]; then
        log "~/.dotfiles has no install script and no dotfiles to link"
    fi
}

# ---- git-ssh KEYFILE [SSH ARGS...] ----

# ssh refuses a private key that others may read, and Secret volumes are mounted 0644 (or group-readable with an
# fsGroup): ssh gets a copy only the user may read, in a folder of the user's outside the home.
git_ssh() {
    synopsis='startup.sh git-ssh KEYFILE [SSH ARGS...]'
    if [ $# -lt 1 ] || [ -z "$1" ]; then
        usage
    fi
    git_ssh_key=$1
    shift
    if ! command -v ssh >/dev/null 2>&1; then
        log "ssh is not in the image"
        exit 255
    fi
    if [ ! -f "$git_ssh_key" ] || [ ! -r "$git_ssh_key" ]; then
        log "no readable key file $git_ssh_key"
        exit 255
    fi
    if ! git_ssh_uid=$(id -u) || [ -z "$git_ssh_uid" ]; then
        log "cannot tell the user id"
        exit 255
    fi
    git_ssh_dir=${TMPDIR:-/tmp}/wsconf-git-ssh-$git_ssh_uid
    (umask 077 && mkdir -- "$git_ssh_dir") 2>/dev/null
    if [ -L "$git_ssh_dir" ] || [ ! -d "$git_ssh_dir" ]; then
        log "refusing $git_ssh_dir: it is not a folder"
        exit 255
    fi
    # The numeric owner, from ls: POSIX has no stat(1).
    # shellcheck disable=SC2012
    git_ssh_owner=$(ls -ldn -- "$git_ssh_dir" | { read -r _ _ owner _ && printf '%s' "$owner"; })
    if [ "$git_ssh_owner" != "$git_ssh_uid" ]; then
        log "refusing $git_ssh_dir: it belongs to user ${git_ssh_owner:-unknown}, not $git_ssh_uid"
        exit 255
    fi
    # A copy per key file (named after its path), refreshed on each use: the Secret may have changed.
    git_ssh_name=
    git_ssh_rest=$git_ssh_key
    while [ -n "$git_ssh_rest" ]; do
        git_ssh_tail=${git_ssh_rest#?}
        case ${git_ssh_rest%"$git_ssh_tail"} in
            [A-Za-z0-9._-]) git_ssh_name=$git_ssh_name${git_ssh_rest%"$git_ssh_tail"} ;;
            *) git_ssh_name=${git_ssh_name}_ ;;
        esac
        git_ssh_rest=$git_ssh_tail
    done
    git_ssh_copy=$git_ssh_dir/$git_ssh_name
    git_ssh_tmp=$git_ssh_copy.$$
    if ! { chmod -- 700 "$git_ssh_dir" &&
        (umask 077 && cp -- "$git_ssh_key" "$git_ssh_tmp") &&
        chmod -- 600 "$git_ssh_tmp" &&
        mv -f -- "$git_ssh_tmp" "$git_ssh_copy"; }; then
        rm -f -- "$git_ssh_tmp" 2>/dev/null
        log "could not copy $git_ssh_key into $git_ssh_dir"
        exit 255
    fi
    exec ssh -i "$git_ssh_copy" -o IdentitiesOnly=yes -o StrictHostKeyChecking=accept-new "$@"
}

if [ $# -lt 1 ]; then
    usage "no step"
fi
step=$1
shift
case $step in
    seed) seed "$@" ;;
    configure) configure "$@" ;;
    personalize) personalize "$@" ;;
    dotfiles) dotfiles "$@" ;;
    git-ssh) git_ssh "$@" ;;
    *) usage "unknown step '$step'" ;;
esac
