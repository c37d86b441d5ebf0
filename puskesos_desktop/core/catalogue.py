"""Seed master data (DOMAIN.md §4): the service catalogue and the institution directory.

Codes are ours and stable: ids are `master_id("service"|"institution", code)`, so seeding twice,
or on two installations, converges. An administrator may extend, edit and deactivate entries.
"""

from __future__ import annotations

from .referral_model import DocumentItem, Institution, ServiceEntry

DOCUMENTS = {
    "KK": "Fotokopi Kartu Keluarga (KK)",
    "KTP": "Fotokopi KTP-el",
    "SKTM": "Surat Keterangan Tidak Mampu (SKTM)",
    "SK_DTSEN": "Surat keterangan terdaftar DTSEN",
    "SURAT_FASKES": "Surat keterangan dari Puskesmas/RSUD",
    "KARTU_PROGRAM": "Kartu KIP/KKS/PKH",
    "DATA_SEKOLAH": "Surat keterangan aktif sekolah",
    "FOTO_RUMAH": "Foto rumah (depan, samping, dalam)",
    "BUKTI_TANAH": "Bukti kepemilikan/penguasaan tanah",
    "ASESMEN": "Hasil asesmen pekerja sosial",
    "BA_MUSDES": "Berita acara musyawarah desa",
    "SURAT_PENGANTAR": "Surat pengantar RT/RW",
    "AKTA_LAHIR": "Akta kelahiran / surat keterangan lahir",
    "SURAT_REKOMENDASI": "Surat rekomendasi desa",
    "PAS_FOTO": "Pas foto",
}


def _docs(*codes: str) -> tuple[DocumentItem, ...]:
    return tuple(DocumentItem(code, DOCUMENTS[code]) for code in codes)


INSTITUTIONS: tuple[Institution, ...] = (
    Institution("PUSKESMAS", "Puskesmas Kecamatan", "kesehatan", "Kepala Puskesmas", "Tempat"),
    Institution("RSUD", "Rumah Sakit Umum Daerah", "kesehatan", "Direktur RSUD", "Tempat"),
    Institution("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "adminduk",
                "Kepala Dinas Kependudukan dan Pencatatan Sipil", "Tempat"),
    Institution("DISDIK", "Dinas Pendidikan", "pendidikan", "Kepala Dinas Pendidikan", "Tempat"),
    Institution("BAZNAS", "Badan Amil Zakat Nasional Kabupaten", "filantropi", "Ketua BAZNAS Kabupaten", "Tempat"),
    Institution("BPJS_KES", "BPJS Kesehatan Kantor Cabang", "jaminan_sosial",
                "Kepala BPJS Kesehatan Kantor Cabang", "Tempat"),
    Institution("BPJS_TK", "BPJS Ketenagakerjaan Kantor Cabang", "jaminan_sosial",
                "Kepala BPJS Ketenagakerjaan Kantor Cabang", "Tempat"),
    Institution("KEMENSOS_SENTRA", "Sentra/Balai Kementerian Sosial", "rehabilitasi_sosial",
                "Kepala Sentra Kementerian Sosial", "Tempat"),
    Institution("UPT_PANTI", "UPT / Panti Sosial", "rehabilitasi_sosial", "Kepala UPT Panti Sosial", "Tempat"),
    Institution("UPTD_PPA", "UPTD Perlindungan Perempuan dan Anak", "perlindungan",
                "Kepala UPTD Perlindungan Perempuan dan Anak", "Tempat"),
    Institution("KECAMATAN", "Kantor Kecamatan", "pemerintahan", "Camat", "Tempat"),
    Institution("DINSOS", "Dinas Sosial Kabupaten", "sosial", "Kepala Dinas Sosial", "Tempat"),
    Institution("PEMDES", "Pemerintah Desa", "pemerintahan", "Kepala Desa", "Tempat"),
    Institution("DISPERKIM", "Dinas Perumahan dan Kawasan Permukiman", "perumahan",
                "Kepala Dinas Perumahan dan Kawasan Permukiman", "Tempat"),
)

SERVICES: tuple[ServiceEntry, ...] = (
    ServiceEntry("PKH", "Program Keluarga Harapan (PKH)", "pusat", "Kementerian Sosial (Pendamping PKH)",
                 "DINSOS", _docs("KK", "KTP", "SK_DTSEN"), "DTSEN desil 1–4"),
    ServiceEntry("SEMBAKO", "Program Sembako / BPNT", "pusat", "Kementerian Sosial (bank penyalur, kartu KKS)",
                 "DINSOS", _docs("KK", "KTP"), "DTSEN desil 1–5"),
    ServiceEntry("PBI_JK", "PBI-JK / KIS PBI (aktivasi/reaktivasi)", "pusat",
                 "Kementerian Sosial; BPJS Kesehatan; usulan reaktivasi oleh Dinas Sosial", "DINSOS",
                 _docs("KTP", "KK", "SURAT_FASKES", "SKTM"),
                 "DTSEN desil 1–5; reaktivasi untuk sakit kronis, gawat darurat, bayi baru lahir"),
    ServiceEntry("PIP", "Program Indonesia Pintar (PIP/KIP)", "pusat", "Kemendikdasmen / Kemenag",
                 "DISDIK", _docs("KARTU_PROGRAM", "DATA_SEKOLAH", "KK"), "usia 6–21 tahun"),
    ServiceEntry("RUTILAHU", "Rehabilitasi Sosial Rumah Tidak Layak Huni (RS-Rutilahu)", "pusat",
                 "Kementerian Sosial; verval oleh Dinas Sosial", "DINSOS",
                 _docs("FOTO_RUMAH", "BUKTI_TANAH", "KK", "KTP"), "kelompok 5–15 KK"),
    ServiceEntry("BSPS", "Bantuan Stimulan Perumahan Swadaya (BSPS)", "pusat", "Kementerian PUPR / Perumahan",
                 "DISPERKIM", _docs("FOTO_RUMAH", "BUKTI_TANAH", "KK", "KTP")),
    ServiceEntry("ATENSI", "Asistensi Rehabilitasi Sosial (ATENSI)", "pusat", "Sentra/Balai Kementerian Sosial",
                 "KEMENSOS_SENTRA", _docs("ASESMEN", "KK", "KTP"),
                 "DTSEN desil 1–5; asesmen pekerja sosial"),
    ServiceEntry("BLT_DD", "BLT Dana Desa", "desa", "Pemerintah Desa (musyawarah desa)", "PEMDES",
                 _docs("KK", "KTP", "BA_MUSDES"), "kriteria desa"),
    ServiceEntry("BPJS_TK", "BPJS Ketenagakerjaan pekerja informal", "lainnya",
                 "BPJS Ketenagakerjaan; iuran dapat dibayar Pemda", "BPJS_TK", _docs("KTP")),
    ServiceEntry("ADMINDUK", "Administrasi kependudukan (KTP-el, KK, akta lahir, KIA, perbaikan NIK)",
                 "kabupaten", "Dinas Kependudukan dan Pencatatan Sipil", "DISDUKCAPIL",
                 _docs("KK", "SURAT_PENGANTAR", "AKTA_LAHIR"), "syarat untuk semua layanan lain"),
    ServiceEntry("PUSKESMAS", "Pelayanan kesehatan Puskesmas", "kabupaten", "Dinas Kesehatan", "PUSKESMAS", ()),
    ServiceEntry("RSUD", "Pelayanan kesehatan RSUD", "kabupaten", "RSUD", "RSUD", _docs("KTP", "KK")),
    ServiceEntry("SKTM", "SKTM / Surat Keterangan DTSEN", "desa", "Pemerintah Desa / Dinas Sosial", "PEMDES",
                 _docs("KK", "KTP")),
    ServiceEntry("BAZNAS", "Bantuan BAZNAS", "lainnya", "BAZNAS Kabupaten", "BAZNAS",
                 _docs("SURAT_REKOMENDASI", "KK", "KTP")),
    ServiceEntry("BANSOS_DAERAH", "Bantuan sosial daerah (BPKAD)", "kabupaten", "Pemerintah Kabupaten (BPKAD)",
                 "DINSOS", _docs("SURAT_REKOMENDASI", "KK", "KTP")),
    ServiceEntry("PENDIDIKAN", "Bantuan pendidikan daerah", "kabupaten", "Dinas Pendidikan", "DISDIK",
                 _docs("SURAT_REKOMENDASI", "DATA_SEKOLAH", "KK")),
    ServiceEntry("PERLINDUNGAN", "Perlindungan perempuan dan anak", "kabupaten", "UPTD PPA", "UPTD_PPA",
                 _docs("KK", "KTP")),
)
