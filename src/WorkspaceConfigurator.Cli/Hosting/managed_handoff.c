/*
 * The native binary's hand-over of plugin runs, done before the .NET runtime starts.
 *
 * Plugins are managed assemblies that a native binary cannot load, so a run that names plugin folders
 * (--profiles-dir, or a non-blank WSCONF_PROFILES_DIR) is replaced by the managed build shipped beside the binary:
 * `dotnet exec <folder of this binary>/managed/wsconf.dll <same arguments>`, with the same environment and standard
 * streams. ManagedHandoff.cs makes the same decision once the runtime is up; doing it here, in an ELF constructor
 * that runs before main, spares the hand-over the runtime's own start-up (about 8 ms of a 190 ms plugin run).
 * Whatever fails here (no managed build beside the binary, no dotnet) returns quietly: the runtime then starts,
 * and ManagedHandoff.cs tries again and reports what is wrong in one line.
 * Linked into the native binary only (WorkspaceConfigurator.Cli.csproj, target LinkManagedHandoff).
 */
#define _GNU_SOURCE
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int names_plugin_folders(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
    {
        const char *arg = argv[i];
        if (strcmp(arg, "--profiles-dir") == 0 || strncmp(arg, "--profiles-dir=", 15) == 0 || strncmp(arg, "--profiles-dir:", 15) == 0)
        {
            return 1;
        }
    }

    /* Any non-blank value: a run handed over needlessly gives the same output, only later. */
    const char *folders = getenv("WSCONF_PROFILES_DIR");
    for (; folders != NULL && *folders != '\0'; folders++)
    {
        if (strchr(" \t\n\v\f\r", *folders) == NULL)
        {
            return 1;
        }
    }

    return 0;
}

__attribute__((constructor)) static void hand_plugin_runs_to_the_managed_build(int argc, char **argv, char **envp)
{
    (void)envp;
    if (argc < 1 || !names_plugin_folders(argc, argv))
    {
        return;
    }

    char folder[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", folder, sizeof folder - 1);
    if (length <= 0)
    {
        return;
    }

    folder[length] = '\0';
    char *slash = strrchr(folder, '/');
    if (slash == NULL)
    {
        return;
    }

    *slash = '\0';
    char assembly[PATH_MAX];
    if (snprintf(assembly, sizeof assembly, "%s/managed/wsconf.dll", folder) >= (int)sizeof assembly || access(assembly, R_OK) != 0)
    {
        return;
    }

    char **args = calloc((size_t)argc + 3, sizeof *args);
    if (args == NULL)
    {
        return;
    }

    args[0] = "dotnet";
    args[1] = "exec";
    args[2] = assembly;
    memcpy(args + 3, argv + 1, ((size_t)argc - 1) * sizeof *args);

    /* The dotnet host the user runs: DOTNET_ROOT, then PATH (as ManagedHandoff.cs looks for it). */
    const char *root = getenv("DOTNET_ROOT");
    char host[PATH_MAX];
    if (root != NULL && *root != '\0' && snprintf(host, sizeof host, "%s/dotnet", root) < (int)sizeof host && access(host, X_OK) == 0)
    {
        args[0] = host;
        execv(host, args);
        args[0] = "dotnet";
    }

    execvp("dotnet", args);
    free(args);
}
