"""Reference lists of DOMAIN.md §2 and §5: stored codes and their official Indonesian labels.

Labels are domain vocabulary (they are what a KK or a Dukcapil form says), not UI chrome, so they
live here in Bahasa Indonesia and are shown as they are.
"""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    DESA = "desa"
    KABUPATEN = "kabupaten"


class Role(StrEnum):
    ADMIN = "admin"
    KOORDINATOR = "koordinator"
    OPERATOR = "operator"
    PENDATA = "pendata"
    SUPERVISOR = "supervisor"


ROLE_LABELS = {
    Role.ADMIN: "Admin",
    Role.KOORDINATOR: "Koordinator / Penandatangan",
    Role.OPERATOR: "Operator",
    Role.PENDATA: "Pendata lapangan",
    Role.SUPERVISOR: "Supervisor (hanya lihat)",
}

# Roles allowed to write household data.
WRITER_ROLES = frozenset({Role.ADMIN, Role.KOORDINATOR, Role.OPERATOR, Role.PENDATA})

RELATIONSHIPS = (
    "KEPALA KELUARGA", "SUAMI", "ISTRI", "ANAK", "MENANTU", "CUCU", "ORANGTUA", "MERTUA",
    "FAMILI LAIN", "PEMBANTU", "LAINNYA",
)
HEAD = "KEPALA KELUARGA"

SEXES = {"L": "Laki-laki", "P": "Perempuan"}

MARITAL_STATUSES = ("BELUM KAWIN", "KAWIN", "CERAI HIDUP", "CERAI MATI")

RELIGIONS = ("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "KEPERCAYAAN")

EDUCATION_LEVELS = (
    "TIDAK/BELUM SEKOLAH", "BELUM TAMAT SD/SEDERAJAT", "TAMAT SD/SEDERAJAT", "SLTP/SEDERAJAT",
    "SLTA/SEDERAJAT", "DIPLOMA I/II", "AKADEMI/DIPLOMA III/SARJANA MUDA", "DIPLOMA IV/STRATA I",
    "STRATA II", "STRATA III",
)

OCCUPATIONS = (
    "BELUM/TIDAK BEKERJA", "MENGURUS RUMAH TANGGA", "PELAJAR/MAHASISWA", "PENSIUNAN",
    "PEGAWAI NEGERI SIPIL", "TENTARA NASIONAL INDONESIA", "KEPOLISIAN RI", "PERDAGANGAN",
    "PETANI/PEKEBUN", "PETERNAK", "NELAYAN/PERIKANAN", "INDUSTRI", "KONSTRUKSI", "TRANSPORTASI",
    "KARYAWAN SWASTA", "KARYAWAN BUMN", "KARYAWAN HONORER", "BURUH HARIAN LEPAS",
    "BURUH TANI/PERKEBUNAN", "BURUH NELAYAN/PERIKANAN", "PEMBANTU RUMAH TANGGA", "TUKANG BATU",
    "TUKANG KAYU", "TUKANG JAHIT", "SOPIR", "GURU", "BIDAN", "PERAWAT", "WIRASWASTA", "LAINNYA",
)

DISABILITIES = {
    "fisik": "Fisik",
    "netra": "Netra",
    "rungu": "Rungu",
    "wicara": "Wicara",
    "mental": "Mental/jiwa",
    "intelektual": "Intelektual",
}

PPKS = {
    "ABT": "Anak Balita Terlantar",
    "AT": "Anak Terlantar",
    "ABH": "Anak yang Berhadapan dengan Hukum",
    "AJ": "Anak Jalanan",
    "ADK": "Anak dengan Kedisabilitasan",
    "AKTK": "Anak Korban Tindak Kekerasan",
    "AMPK": "Anak yang Memerlukan Perlindungan Khusus",
    "LUT": "Lanjut Usia Terlantar",
    "PD": "Penyandang Disabilitas",
    "TS": "Tuna Susila",
    "GEL": "Gelandangan",
    "PENG": "Pengemis",
    "PEM": "Pemulung",
    "KM": "Kelompok Minoritas",
    "BWBLP": "Bekas Warga Binaan Lembaga Pemasyarakatan",
    "ODHA": "Orang dengan HIV/AIDS",
    "KPN": "Korban Penyalahgunaan NAPZA",
    "KTR": "Korban Trafficking",
    "KTK": "Korban Tindak Kekerasan",
    "PMBS": "Pekerja Migran Bermasalah Sosial",
    "KBA": "Korban Bencana Alam",
    "KBS": "Korban Bencana Sosial",
    "PRSE": "Perempuan Rawan Sosial Ekonomi",
    "FM": "Fakir Miskin",
    "KBSP": "Keluarga Bermasalah Sosial Psikologis",
    "KAT": "Komunitas Adat Terpencil",
}
SENSITIVE_PPKS = frozenset({"ODHA", "KPN", "KTR", "KTK", "ABH", "AKTK", "AMPK"})

LIFE_STATUSES = {"hidup": "Hidup", "pindah": "Pindah", "meninggal": "Meninggal"}

DTSEN_STATUSES = {
    "terdaftar": "Terdaftar",
    "tidak_terdaftar": "Tidak terdaftar",
    "usulan_baru": "Diusulkan baru",
    "usulan_perbaikan": "Diusulkan perbaikan",
    "usulan_hapus": "Diusulkan hapus",
    "ditolak": "Ditolak",
}

PROGRAMS = {
    "PKH": "PKH",
    "SEMBAKO": "Sembako / BPNT",
    "PBI_JK": "PBI-JK / KIS PBI",
    "PIP": "PIP / KIP",
    "BLT_DD": "BLT Dana Desa",
    "LAINNYA": "Lainnya",
}

HOUSE_OWNERSHIP = {
    "milik_sendiri": "Milik sendiri",
    "kontrak_sewa": "Kontrak/sewa",
    "bebas_sewa": "Bebas sewa",
    "dinas": "Dinas",
    "lainnya": "Lainnya",
}
FLOOR_MATERIALS = {
    "keramik": "Keramik/marmer/granit", "ubin": "Ubin/tegel/teraso", "semen": "Semen/bata merah",
    "kayu": "Kayu/papan", "bambu": "Bambu", "tanah": "Tanah", "lainnya": "Lainnya",
}
WALL_MATERIALS = {
    "tembok": "Tembok", "plesteran_anyaman": "Plesteran anyaman bambu/kawat", "kayu": "Kayu/papan",
    "bambu": "Anyaman bambu", "seng": "Seng", "lainnya": "Lainnya",
}
ROOF_MATERIALS = {
    "beton": "Beton", "genteng": "Genteng", "asbes": "Asbes", "seng": "Seng",
    "kayu": "Kayu/sirap", "ijuk_rumbia": "Ijuk/rumbia", "lainnya": "Lainnya",
}
WATER_SOURCES = {
    "ledeng": "Air ledeng/PDAM", "sumur_bor": "Sumur bor/pompa", "sumur_terlindung": "Sumur terlindung",
    "sumur_tak_terlindung": "Sumur tak terlindung", "mata_air": "Mata air", "air_hujan": "Air hujan",
    "kemasan": "Air kemasan/isi ulang", "sungai": "Sungai/danau", "lainnya": "Lainnya",
}
TOILETS = {"sendiri": "Sendiri", "bersama": "Bersama", "umum": "Umum", "tidak_ada": "Tidak ada"}
LIGHTING = {
    "pln_450": "PLN 450 VA", "pln_900": "PLN 900 VA", "pln_1300": "PLN 1300 VA",
    "pln_2200": "PLN 2200 VA ke atas", "non_pln": "Listrik non-PLN", "tidak_ada": "Bukan listrik",
}
