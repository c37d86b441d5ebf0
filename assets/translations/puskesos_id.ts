<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AdminForm</name>
    <message>
        <source>e.g. admin</source>
        <translation>misalnya: admin</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nam&amp;a lengkap</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Admin pertama</translation>
    </message>
    <message>
        <source>This account signs in and adds the other operators. Remember the password.</source>
        <translation>Akun ini dipakai untuk masuk dan menambah operator lain. Ingat baik-baik kata sandinya.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Puskesos Desktop</source>
        <translation>Puskesos Desktop</translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the disk is not full and that the file is not opened by another program, then start the application again.</source>
        <translation>Basis data tidak dapat dibuka. Periksa apakah disk tidak penuh dan berkasnya tidak sedang dibuka program lain, lalu jalankan aplikasi ini lagi.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Something went wrong that the application did not expect. Your saved data is safe. Please copy the report below and send it to the person who maintains this application.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman. Silakan salin laporan di bawah ini dan kirimkan kepada pengelola aplikasi ini.</translation>
    </message>
    <message>
        <source>The report was also written to:</source>
        <translation>Laporan ini juga disimpan di:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First administrator</source>
        <translation>Admin pertama</translation>
    </message>
    <message>
        <source>This installation has no operator yet. Create the administrator account that signs in and adds the other operators.</source>
        <translation>Instalasi ini belum punya operator. Buat akun admin yang dipakai untuk masuk dan menambah operator lain.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Puskesos Desktop</source>
        <translation>Puskesos Desktop</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Households registered:</source>
        <translation>Keluarga terdaftar:</translation>
    </message>
    <message>
        <source>People registered:</source>
        <translation>Warga terdaftar:</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Edit household</source>
        <translation>Ubah data keluarga</translation>
    </message>
    <message>
        <source>New household</source>
        <translation>Keluarga baru</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>No &amp;KK</source>
        <translation>No &amp;KK</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>R&amp;T</source>
        <translation>R&amp;T</translation>
    </message>
    <message>
        <source>R&amp;W</source>
        <translation>R&amp;W</translation>
    </message>
    <message>
        <source>D&amp;usun</source>
        <translation>D&amp;usun</translation>
    </message>
    <message>
        <source>DTSEN &amp;status</source>
        <translation>&amp;Status DTSEN</translation>
    </message>
    <message>
        <source>DTSEN &amp;ID</source>
        <translation>&amp;ID DTSEN</translation>
    </message>
    <message>
        <source>D&amp;esil</source>
        <translation>D&amp;esil</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Perumahan</translation>
    </message>
    <message>
        <source>&amp;Floor area (m²)</source>
        <translation>&amp;Luas lantai (m²)</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>Status &amp;kepemilikan</translation>
    </message>
    <message>
        <source>Floo&amp;r</source>
        <translation>Ja&amp;nis lantai</translation>
    </message>
    <message>
        <source>Wa&amp;ll</source>
        <translation>Jenis &amp;dinding</translation>
    </message>
    <message>
        <source>Roo&amp;f</source>
        <translation>Jenis &amp;atap</translation>
    </message>
    <message>
        <source>Drinking &amp;water</source>
        <translation>Sumber air &amp;minum</translation>
    </message>
    <message>
        <source>&amp;Toilet</source>
        <translation>&amp;Jamban</translation>
    </message>
    <message>
        <source>Li&amp;ghting</source>
        <translation>Pe&amp;nerangan</translation>
    </message>
    <message>
        <source>Programs received</source>
        <translation>Bantuan yang diterima</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>The household agreed to its data being recorded</source>
        <translation>Keluarga setuju datanya dicatat</translation>
    </message>
    <message>
        <source>Consent &amp;date</source>
        <translation>&amp;Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Type the floor area as a number, e.g. 36.</source>
        <translation>Ketik luas lantai sebagai angka, misalnya 36.</translation>
    </message>
    <message>
        <source>Type the date as DD-MM-YYYY.</source>
        <translation>Ketik tanggal dengan format HH-BB-TTTT.</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>No KK</source>
        <translation>No KK</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>DTSEN status</source>
        <translation>Status DTSEN</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Used for the number and the signature of referral letters.</source>
        <translation>Dipakai untuk nomor dan tanda tangan surat rujukan.</translation>
    </message>
    <message>
        <source>e.g. Kepala Desa</source>
        <translation>misalnya: Kepala Desa</translation>
    </message>
    <message>
        <source>&amp;Classification code</source>
        <translation>&amp;Kode klasifikasi</translation>
    </message>
    <message>
        <source>&amp;Unit code</source>
        <translation>Kode &amp;unit</translation>
    </message>
    <message>
        <source>&amp;Signed by (name)</source>
        <translation>Penanda&amp;tangan (nama)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>&amp;NIP (optional)</source>
        <translation>&amp;NIP (boleh kosong)</translation>
    </message>
    <message>
        <source>&quot;Mengetahui&quot; na&amp;me (optional)</source>
        <translation>Nama &quot;&amp;Mengetahui&quot; (boleh kosong)</translation>
    </message>
    <message>
        <source>&quot;Mengetahui&quot; p&amp;osition</source>
        <translation>Ja&amp;batan &quot;Mengetahui&quot;</translation>
    </message>
    <message>
        <source>Head of the Dinas Sosial</source>
        <translation>Kepala Dinas Sosial</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Puskesos Desktop</source>
        <translation>Puskesos Desktop</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Puskesos Desktop</source>
        <translation>Puskesos Desktop</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Warga</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>This area is not available yet.</source>
        <translation>Bagian ini belum tersedia.</translation>
    </message>
    <message>
        <source>Signed in as %s</source>
        <translation>Masuk sebagai %s</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Where is this application used?</source>
        <translation>Aplikasi ini dipakai di mana?</translation>
    </message>
    <message>
        <source>This cannot be changed later.</source>
        <translation>Pilihan ini tidak dapat diubah nanti.</translation>
    </message>
    <message>
        <source>&amp;Desa — a village Puskesos</source>
        <translation>&amp;Desa — Puskesos di desa</translation>
    </message>
    <message>
        <source>&amp;Kabupaten — the Dinas Sosial that receives the villages&apos; data</source>
        <translation>&amp;Kabupaten — Dinas Sosial yang menerima data dari desa-desa</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Printed on the letterhead of every letter.</source>
        <translation>Dicetak pada kop setiap surat.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Pilih l&amp;ogo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Hapus logo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPG image.</source>
        <translation>Berkas ini bukan gambar PNG atau JPG.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Add operator</source>
        <translation>Tambah operator</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nam&amp;a lengkap</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>OperatorTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Choose the desa of this Puskesos from the Kemendagri list.</source>
        <translation>Pilih desa Puskesos ini dari daftar wilayah Kemendagri.</translation>
    </message>
    <message>
        <source>Choose the kabupaten/kota of this Dinas Sosial.</source>
        <translation>Pilih kabupaten/kota Dinas Sosial ini.</translation>
    </message>
    <message>
        <source>Choose a region from the list first.</source>
        <translation>Pilih wilayah dari daftar terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Type a name or code, e.g. Bojong Koneng or 32.01.05</source>
        <translation>Ketik nama atau kode, misalnya Bojong Koneng atau 32.01.05</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Provinsi</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/Kota</source>
        <translation>&amp;Kabupaten/Kota</translation>
    </message>
    <message>
        <source>K&amp;ecamatan</source>
        <translation>Kec&amp;amatan</translation>
    </message>
    <message>
        <source>&amp;Desa/Kelurahan</source>
        <translation>&amp;Desa/Kelurahan</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>New password for %s</source>
        <translation>Kata sandi baru untuk %s</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>&amp;Kata sandi baru</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Add operator…</source>
        <translation>&amp;Tambah operator…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;New password…</source>
        <translation>Kata sandi &amp;baru…</translation>
    </message>
    <message>
        <source>Only an administrator can change operators.</source>
        <translation>Hanya admin yang dapat mengubah operator.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Belum disiapkan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Telephone / e-mail</source>
        <translation>Telepon / e-mail</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>The new password of %s is saved.</source>
        <translation>Kata sandi baru untuk %s sudah disimpan.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setting up Puskesos Desktop</source>
        <translation>Menyiapkan Puskesos Desktop</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; K&amp;embali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>
