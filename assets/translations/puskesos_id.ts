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
    <name>HouseholdDetail</name>
    <message>
        <source>Add member</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Ubah anggota</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>Choose a household in the list to see its members.</source>
        <translation>Pilih keluarga di daftar untuk melihat anggotanya.</translation>
    </message>
    <message>
        <source>(no members yet)</source>
        <translation>(belum ada anggota)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>No KK</translation>
    </message>
    <message>
        <source>DTSEN</source>
        <translation>DTSEN</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Bantuan</translation>
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
        <translation>Status kepe&amp;milikan</translation>
    </message>
    <message>
        <source>Floo&amp;r</source>
        <translation>Je&amp;nis lantai</translation>
    </message>
    <message>
        <source>Wa&amp;ll</source>
        <translation>Jenis &amp;dinding</translation>
    </message>
    <message>
        <source>Roo&amp;f</source>
        <translation>Jenis ata&amp;p</translation>
    </message>
    <message>
        <source>Drinking &amp;water</source>
        <translation>Sumbe&amp;r air minum</translation>
    </message>
    <message>
        <source>&amp;Toilet</source>
        <translation>&amp;Jamban</translation>
    </message>
    <message>
        <source>Li&amp;ghting</source>
        <translation>Peneran&amp;gan</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import households</source>
        <translation>Impor data keluarga</translation>
    </message>
    <message>
        <source>CSV or XLSX file, one row per person</source>
        <translation>Berkas CSV atau XLSX, satu baris per orang</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Choose a file, then check it: nothing is saved until you press Import.</source>
        <translation>Pilih berkas, lalu periksa: belum ada yang disimpan sampai Anda menekan Impor.</translation>
    </message>
    <message>
        <source>Chec&amp;k file</source>
        <translation>Peri&amp;ksa berkas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Baris yang ditolak</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Lembar kerja (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Pilih berkas terlebih dahulu.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Memeriksa berkas…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Impor selesai.</translation>
    </message>
    <message>
        <source>Check finished; nothing has been saved yet.</source>
        <translation>Pemeriksaan selesai; belum ada yang disimpan.</translation>
    </message>
    <message>
        <source>{rows} rows. Households: {hc} new, {hu} updated. People: {pc} new, {pu} updated, {same} unchanged. Rejected: {rejected} rows.</source>
        <translation>{rows} baris. Keluarga: {hc} baru, {hu} diperbarui. Warga: {pc} baru, {pu} diperbarui, {same} tidak berubah. Ditolak: {rejected} baris.</translation>
    </message>
    <message>
        <source>The rejected rows were written to {file}; correct them there and import that file again.</source>
        <translation>Baris yang ditolak disimpan di {file}; perbaiki di sana lalu impor lagi berkas itu.</translation>
    </message>
    <message>
        <source>Press Import to save the good rows; the rejected rows will be written to a file next to this one.</source>
        <translation>Tekan Impor untuk menyimpan baris yang benar; baris yang ditolak akan disimpan dalam berkas di sebelah berkas ini.</translation>
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
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan keluarga</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <name>PersonDialog</name>
    <message>
        <source>Edit family member</source>
        <translation>Ubah anggota keluarga</translation>
    </message>
    <message>
        <source>New family member</source>
        <translation>Anggota keluarga baru</translation>
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
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>Na&amp;ma lengkap</translation>
    </message>
    <message>
        <source>as on the KTP/KK</source>
        <translation>sesuai KTP/KK</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Hubungan keluarga</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <source>Place of &amp;birth</source>
        <translation>Tempat &amp;lahir</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Civil data</source>
        <translation>Data kependudukan</translation>
    </message>
    <message>
        <source>M&amp;arital status</source>
        <translation>Status per&amp;kawinan</translation>
    </message>
    <message>
        <source>Relig&amp;ion</source>
        <translation>A&amp;gama</translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation>&amp;Pendidikan</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>P&amp;ekerjaan</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Telep&amp;on</translation>
    </message>
    <message>
        <source>Mot&amp;her&apos;s maiden name</source>
        <translation>Nama &amp;ibu kandung</translation>
    </message>
    <message>
        <source>&amp;Chronic illness</source>
        <translation>Penyakit k&amp;ronis</translation>
    </message>
    <message>
        <source>Disability and PPKS</source>
        <translation>Disabilitas dan PPKS</translation>
    </message>
    <message>
        <source>Disability (tick all that apply)</source>
        <translation>Disabilitas (centang semua yang sesuai)</translation>
    </message>
    <message>
        <source>PP&amp;KS categories (Space ticks)</source>
        <translation>Kategori PPK&amp;S (Spasi untuk mencentang)</translation>
    </message>
    <message>
        <source>Type the date of birth as DD-MM-YYYY, e.g. 15-05-1990.</source>
        <translation>Ketik tanggal lahir dengan format HH-BB-TTTT, misalnya 15-05-1990.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Tetap simpan?</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>Mohon periksa:</translation>
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
    <name>RejectedRowTableModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
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
    <name>WargaPage</name>
    <message>
        <source>Search by NIK, No KK or name (part of it is enough)</source>
        <translation>Cari menurut NIK, No KK atau nama (sebagian saja cukup)</translation>
    </message>
    <message>
        <source>Add household (Ctrl+N)</source>
        <translation>Tambah keluarga (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Ubah (Enter)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Hapus (Del)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Add member (Ctrl+Shift+N)</source>
        <translation>Tambah anggota (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>{count} households</source>
        <translation>{count} keluarga</translation>
    </message>
    <message>
        <source>{count} households found</source>
        <translation>{count} keluarga ditemukan</translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling, or type part of a NIK or No KK.</source>
        <translation>Tidak ditemukan. Periksa ejaannya, atau ketik sebagian NIK atau No KK.</translation>
    </message>
    <message>
        <source>(no members)</source>
        <translation>(tidak ada anggota)</translation>
    </message>
    <message>
        <source>Remove the household of {head} (No KK {no_kk}) with its {count} members?</source>
        <translation>Hapus keluarga {head} (No KK {no_kk}) beserta {count} anggotanya?</translation>
    </message>
    <message>
        <source>Remove household</source>
        <translation>Hapus keluarga</translation>
    </message>
    <message>
        <source>Remove {name} (NIK {nik}) from this household?</source>
        <translation>Hapus {name} (NIK {nik}) dari keluarga ini?</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Tidak dilakukan</translation>
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
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
</TS>
