using System.Reflection;

namespace WorkspaceConfigurator.Errors;

/// <summary>What plugin code threw, in one line that gives the cause rather than the runtime's wrapper around it.</summary>
internal static class PluginExceptions
{
    /// <summary>
    /// "InvalidOperationException: message"; a throwing static constructor as "the static constructor of T threw
    /// InvalidOperationException: message" (the runtime's TypeInitializationException names no cause).
    /// </summary>
    public static string Describe(Exception exception)
    {
        var e = Unwrap(exception);
        var text = $"{e.GetType().Name}: {e.Message}";
        if (e is TypeInitializationException typeInitialization)
        {
            var cause = typeInitialization.InnerException is { } inner ? Unwrap(inner) : null;
            text = cause is null
                ? $"the static constructor of {typeInitialization.TypeName} threw"
                : $"the static constructor of {typeInitialization.TypeName} threw {cause.GetType().Name}: {cause.Message}";
        }

        return text.ReplaceLineEndings(" ");
    }

    /// <summary>The exception itself, without the reflection wrapper an entry point's constructor may add.</summary>
    public static Exception Unwrap(Exception exception) => exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
}
