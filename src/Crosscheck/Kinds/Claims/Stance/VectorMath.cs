using System.Numerics;
using System.Runtime.InteropServices;

namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>
/// Element-wise float loops of the network, with <see cref="Vector{T}"/> where the hardware has it.
/// Each element is computed on its own (no reduction), so the result does not depend on the vector width.
/// </summary>
internal static class VectorMath
{
    /// <summary>target[i] += scale * source[i].</summary>
    public static void AddScaled(Span<float> target, ReadOnlySpan<float> source, float scale)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            Span<Vector<float>> t = MemoryMarshal.Cast<float, Vector<float>>(target);
            ReadOnlySpan<Vector<float>> s = MemoryMarshal.Cast<float, Vector<float>>(source[..target.Length]);
            var k = new Vector<float>(scale);
            for (int v = 0; v < t.Length; v++)
            {
                t[v] += s[v] * k;
            }

            i = t.Length * Vector<float>.Count;
        }

        for (; i < target.Length; i++)
        {
            target[i] += scale * source[i];
        }
    }

    /// <summary>One Adam step with decoupled weight decay on every element.</summary>
    public static void Adam(Span<float> w, ReadOnlySpan<float> g, Span<float> m, Span<float> v, float lr, float c1, float c2, float decay, float beta1, float beta2, float epsilon)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            Span<Vector<float>> wv = MemoryMarshal.Cast<float, Vector<float>>(w);
            ReadOnlySpan<Vector<float>> gv = MemoryMarshal.Cast<float, Vector<float>>(g);
            Span<Vector<float>> mv = MemoryMarshal.Cast<float, Vector<float>>(m);
            Span<Vector<float>> vv = MemoryMarshal.Cast<float, Vector<float>>(v);
            Vector<float> b1 = new(beta1), b1c = new(1 - beta1), b2 = new(beta2), b2c = new(1 - beta2);
            Vector<float> lrv = new(lr), ic1 = new(1 / c1), ic2 = new(1 / c2), eps = new(epsilon), dec = new(decay);
            for (int k = 0; k < wv.Length; k++)
            {
                Vector<float> gi = gv[k];
                mv[k] = (b1 * mv[k]) + (b1c * gi);
                vv[k] = (b2 * vv[k]) + (b2c * gi * gi);
                wv[k] -= (lrv * (mv[k] * ic1) / (Vector.SquareRoot(vv[k] * ic2) + eps)) + (dec * wv[k]);
            }

            i = wv.Length * Vector<float>.Count;
        }

        float inv1 = 1 / c1, inv2 = 1 / c2;
        for (; i < w.Length; i++)
        {
            float gi = g[i];
            m[i] = (beta1 * m[i]) + ((1 - beta1) * gi);
            v[i] = (beta2 * v[i]) + ((1 - beta2) * gi * gi);
            w[i] -= (lr * (m[i] * inv1) / (MathF.Sqrt(v[i] * inv2) + epsilon)) + (decay * w[i]);
        }
    }
}
