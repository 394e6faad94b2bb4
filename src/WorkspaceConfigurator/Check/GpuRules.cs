using WorkspaceConfigurator.Build;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Check;

/// <summary>
/// gpu_limit owns nvidia.com/gpu: it sets the limit, and a GPU count above 0 also brings the GPU node selector.
/// An extra_resource_limits entry for nvidia.com/gpu from a layer above the class wins over it in the limits, so
/// the two could disagree without a word (gpu_limit=0 with nvidia.com/gpu=3: a pod asking for three
/// GPUs, on no GPU node). Any disagreement is an error naming both.
/// </summary>
internal static class GpuRules
{
    public static Finding? Check(ProfileSpec spec, long gpuLimit)
    {
        var gpus = spec.ExtraResourceLimits.TryGetValue(Profile.GpuResource, out var count) ? count : 0;
        return gpus == gpuLimit
            ? null
            : Finding.Error(spec.Slug, $"extra_resource_limits.{Profile.GpuResource}",
                $"{gpus} conflicts with gpu_limit {gpuLimit}, which it overrides",
                "set the number of GPUs with gpu_limit alone: it also adds the GPU node selector");
    }
}
